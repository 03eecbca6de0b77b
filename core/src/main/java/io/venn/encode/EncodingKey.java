package io.venn.encode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret every keyed feature is derived from: in blind mode the partnership secret that both
 * companies hold and the server never sees. (Broker mode, where the server holds the plaintext,
 * hashes without a key: {@link AccountEncoder#forBroker}.)
 *
 * <p>Sub-keys are derived with HKDF-SHA256 (RFC 5869) so that the token key, the filter key and the
 * sealing key are independent: learning one (say, by a flaw in the Bloom filter hardening) does
 * not give the others.
 */
public final class EncodingKey {
  private static final byte[] SALT = "venn-encoding-v1".getBytes(StandardCharsets.US_ASCII);
  private static final String JOB_SALT = "venn-job-v1:";
  private final byte[] prk;

  /** @param prk the HKDF pseudo-random key every sub-key is expanded from */
  private EncodingKey(byte[] prk) {
    this.prk = prk;
  }

  /** A fresh random key (tests and attack harnesses; a partnership derives its own). */
  public static EncodingKey random() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return new EncodingKey(extract(SALT, b));
  }

  /**
   * The key both partners derive from their shared partnership secret (blind mode).
   *
   * @throws IllegalArgumentException if the secret is shorter than 16 bytes
   */
  public static EncodingKey fromSecret(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException(
          "the partnership secret must be at least 16 bytes, was " + secret.length);
    }
    return new EncodingKey(extract(SALT, secret));
  }

  /**
   * The key of one match job: HKDF with the job's public nonce as salt over this key's "job"
   * sub-key. Both partners derive the same job key from the same secret and nonce; a new nonce gives
   * unrelated tokens and refs, so encodings of two jobs cannot be linked record by record.
   *
   * @param nonce the job nonce the service issued (or the partners agreed), not secret but fresh
   * @throws IllegalArgumentException if the nonce is blank
   */
  public EncodingKey forJob(String nonce) {
    if (nonce == null || nonce.isBlank()) {
      throw new IllegalArgumentException("a job nonce is required");
    }
    return new EncodingKey(extract((JOB_SALT + nonce).getBytes(StandardCharsets.UTF_8), derive("job", 32)));
  }

  /**
   * A sub-key for one purpose ("token", "filter", "seal", "ref"): HKDF-Expand with the purpose as info.
   *
   * @throws IllegalArgumentException if {@code length} is not in 1..255*32
   */
  public byte[] derive(String purpose, int length) {
    return expand(prk, purpose.getBytes(StandardCharsets.UTF_8), length);
  }

  /** HKDF-Extract (RFC 5869 section 2.2). */
  static byte[] extract(byte[] salt, byte[] inputKeyMaterial) {
    return hmac(salt, inputKeyMaterial);
  }

  /** HKDF-Expand (RFC 5869 section 2.3). */
  static byte[] expand(byte[] prk, byte[] info, int length) {
    if (length < 1 || length > 255 * 32) {
      throw new IllegalArgumentException("HKDF output length must be in 1..8160, was " + length);
    }
    byte[] out = new byte[length];
    byte[] block = new byte[0];
    int filled = 0;
    for (int i = 1; filled < length; i++) {
      byte[] input = new byte[block.length + info.length + 1];
      System.arraycopy(block, 0, input, 0, block.length);
      System.arraycopy(info, 0, input, block.length, info.length);
      input[input.length - 1] = (byte) i;
      block = hmac(prk, input);
      int n = Math.min(block.length, length - filled);
      System.arraycopy(block, 0, out, filled, n);
      filled += n;
    }
    return out;
  }

  /**
   * One unkeyed HMAC-SHA256 per thread, keyed anew on each call: looking the algorithm up costs more
   * than the HMAC itself, and blind encoding derives a record key (extract, expand) per record.
   */
  private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
    try {
      return Mac.getInstance("HmacSHA256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  });

  static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = HMAC.get();
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "EncodingKey[redacted]";
  }

  @Override
  public boolean equals(Object o) {
    // Constant time: comparing keys must not leak how many leading bytes agree.
    return o instanceof EncodingKey k && java.security.MessageDigest.isEqual(prk, k.prk);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(prk);
  }
}
