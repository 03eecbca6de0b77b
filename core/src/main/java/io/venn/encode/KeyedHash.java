package io.venn.encode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a string, truncated to 64 bits: the token every exact feature becomes. Never 0,
 * which the encoding reserves for "missing". Thread-safe.
 *
 * <p>Company vocabularies are small and repetitive (name words, character bigrams), so results are
 * memoized: the HMAC is the encoder's main cost, and the cache holds only what the encoding party
 * already has in plaintext.
 */
final class KeyedHash {
  private static final int CACHE_LIMIT = 1 << 20;

  private final ThreadLocal<Mac> mac;
  private final ConcurrentHashMap<String, Long> cache = new ConcurrentHashMap<>();

  KeyedHash(byte[] key) {
    SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
    this.mac = ThreadLocal.withInitial(() -> hmac(spec));
  }

  /** A fresh HMAC-SHA256 keyed with {@code spec}; a Mac is not thread-safe, so each thread keeps its own. */
  static Mac hmac(SecretKeySpec spec) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(spec);
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  /** The token of {@code value}; memoized. */
  long token(String value) {
    Long cached = cache.get(value);
    if (cached != null) {
      return cached;
    }
    long t = compute(value);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(value, t);
    }
    return t;
  }

  /** The token of a value too unique to be worth caching (a phone number, a domain). */
  long uncached(String value) {
    return compute(value);
  }

  private long compute(String value) {
    byte[] h = mac.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
    long t = 0;
    for (int i = 0; i < 8; i++) {
      t = (t << 8) | (h[i] & 0xff);
    }
    return t == 0 ? 1 : t;
  }
}
