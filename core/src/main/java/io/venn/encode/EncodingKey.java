package io.venn.encode;

/** CONTRACT ONLY (implementation coming): the secret every keyed feature is derived from. */
public final class EncodingKey {
  private final byte[] secret;

  private EncodingKey(byte[] secret) {
    this.secret = secret.clone();
  }

  /** A fresh random key, for broker mode (one per match run). */
  public static EncodingKey random() {
    byte[] b = new byte[32];
    new java.security.SecureRandom().nextBytes(b);
    return new EncodingKey(b);
  }

  /**
   * The key both partners derive from their shared partnership secret (blind mode).
   *
   * @throws IllegalArgumentException if the secret is shorter than 16 bytes
   */
  public static EncodingKey fromSecret(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("the partnership secret must be at least 16 bytes, was " + secret.length);
    }
    return new EncodingKey(secret);
  }

  /** A sub-key for one purpose ("token", "filter", "seal", "ref"), by HKDF-SHA256. */
  public byte[] derive(String purpose, int length) {
    throw new IllegalStateException("under construction");
  }
}
