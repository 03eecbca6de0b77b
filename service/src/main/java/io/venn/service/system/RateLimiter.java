package io.venn.service.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Counts events per key (an organization, an address) in fixed windows and says how long to wait once
 * a key is over its limit. Memory is bounded: keys idle for a window are dropped, and at most
 * {@value #MAX_KEYS} are tracked (the least recently used go first).
 */
final class RateLimiter {
  static final int MAX_KEYS = 100_000;

  private final int limit;
  private final long windowNanos;
  private final Ticker ticker;
  private final Cache<String, Window> windows;

  /**
   * @param limit events allowed per key per window; 0 or less turns the limiter off
   * @throws IllegalArgumentException if the window is not positive
   */
  RateLimiter(int limit, Duration window, Ticker ticker) {
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    this.limit = limit;
    this.windowNanos = window.toNanos();
    this.ticker = ticker;
    this.windows = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(window).ticker(ticker).build();
  }

  /** Counts one event of {@code key}; returns 0 if it is within the limit, else the seconds until the window ends. */
  long hit(String key) {
    return limit <= 0 ? 0 : windows.get(key, k -> new Window()).add(true);
  }

  /** Like {@link #hit} but does not count: whether {@code key} is already at its limit. */
  long waitSeconds(String key) {
    if (limit <= 0) {
      return 0;
    }
    Window w = windows.getIfPresent(key);
    return w == null ? 0 : w.add(false);
  }

  private final class Window {
    private long start = ticker.read();
    private int count;

    synchronized long add(boolean count) {
      long now = ticker.read();
      if (now - start >= windowNanos) {
        start = now;
        this.count = 0;
      }
      if (count) {
        this.count++;
      }
      boolean over = count ? this.count > limit : this.count >= limit;
      return over ? Math.max(1, (start + windowNanos - now + 999_999_999L) / 1_000_000_000L) : 0;
    }
  }
}
