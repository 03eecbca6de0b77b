package io.venn.encode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A string's 64-bit token: the value every exact feature becomes. Never 0, which the encoding
 * reserves for "missing". Thread-safe.
 *
 * <p>{@link #keyed} tokens are HMAC-SHA256 truncated to 64 bits: what an encoding that leaves its
 * owner's machine (blind mode) is made of, so nobody without the key can compute one for a guessed
 * value. {@link #unkeyed} tokens are MurmurHash3 (128-bit, first half) for broker mode, where the
 * server holds the plaintext anyway: a key there protects nothing, and a 100k x 100k broker match
 * took 0.83x the CPU without the HMAC (10% of its CPU samples before, async-profiler).
 *
 * <p>Company vocabularies are small and repetitive (name words, character bigrams), so {@link
 * #token} memoizes keyed tokens; the cache holds only what the encoding party already has in
 * plaintext. Unkeyed tokens are not memoized: MurmurHash3 of a short string costs about what the
 * lookup does (the string's hash and equality), and without the cache a 100k x 100k broker match
 * took 0.87x the CPU (6 alternating pairs, identical matches; 1M even).
 */
final class TokenHash {
  private static final int CACHE_LIMIT = 1 << 20;

  /** One value's 64 bits; may be 0, which {@link #compute} maps to 1. */
  private interface Function64 {
    long of(byte[] value);
  }

  private final Function64 function;
  private final ConcurrentHashMap<String, Long> cache = new ConcurrentHashMap<>();

  /** Whether {@link #token} keeps its results: only for the HMAC, which costs far more than a lookup. */
  private final boolean memoize;

  private TokenHash(Function64 function, boolean memoize) {
    this.function = function;
    this.memoize = memoize;
  }

  /** HMAC-SHA256 under {@code key}, truncated to its first 64 bits (big-endian). */
  static TokenHash keyed(byte[] key) {
    SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
    ThreadLocal<Mac> mac = ThreadLocal.withInitial(() -> hmac(spec));
    return new TokenHash(value -> {
      byte[] h = mac.get().doFinal(value);
      long t = 0;
      for (int i = 0; i < 8; i++) {
        t = (t << 8) | (h[i] & 0xff);
      }
      return t;
    }, true);
  }

  /** MurmurHash3 x64 128-bit with {@code seed}, its first 64 bits: fast and unkeyed, for plaintext held anyway. */
  static TokenHash unkeyed(int seed) {
    return new TokenHash(value -> MurmurHash3.hash128x64(value, 0, value.length, seed)[0], false);
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

  /** The token of {@code value}; memoized when keyed. */
  long token(String value) {
    if (!memoize) {
      return compute(value);
    }
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
    long t = function.of(value.getBytes(StandardCharsets.UTF_8));
    return t == 0 ? 1 : t;
  }
}
