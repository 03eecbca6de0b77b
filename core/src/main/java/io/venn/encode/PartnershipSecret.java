package io.venn.encode;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The secret of one partnership as {@code venn secret} writes it: 32 bytes from an X25519 agreement
 * ({@link PartnershipKeys#agree}), never a passphrase, so that nothing a file or the service holds
 * lets anyone test guessed secrets faster than searching 2^256 keys.
 *
 * <p>File format, UTF-8 text: {@value #MAGIC}, then {@code partnership <id>}, {@code side a|b} and
 * {@code secret <base64url of 32 bytes>}, one per line.
 *
 * @param side "a" or "b": which of the two public keys is mine, in their byte order. Sealed payloads
 *     are bound to the side that sealed them, so neither side's payloads can pass for the other's.
 */
public record PartnershipSecret(String partnershipId, String side, byte[] secret) {
  public static final String MAGIC = "venn-secret v1";
  public static final int BYTES = 32;

  public PartnershipSecret {
    Objects.requireNonNull(partnershipId, "partnershipId");
    if (!side.equals("a") && !side.equals("b")) {
      throw new IllegalArgumentException("side must be a or b, was " + side);
    }
    if (secret.length != BYTES) {
      throw new IllegalArgumentException("a partnership secret is " + BYTES + " bytes, was " + secret.length);
    }
    secret = secret.clone();
  }

  /** The partner's side. */
  public String otherSide() {
    return side.equals("a") ? "b" : "a";
  }

  /** The key of one job of this partnership (see {@link EncodingKey#forJob}). */
  public EncodingKey jobKey(String nonce) {
    return EncodingKey.fromSecret(secret).forJob(nonce);
  }

  /** The file text. */
  public String text() {
    return MAGIC + "\npartnership " + partnershipId + "\nside " + side + "\nsecret "
        + Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n";
  }

  /**
   * @throws IllegalArgumentException naming the line when the text is not a secret file; raw
   *     passphrases are refused with a pointer to {@code venn secret}
   */
  public static PartnershipSecret parse(String text) {
    String[] lines = text.strip().split("\\R");
    if (!lines[0].strip().equals(MAGIC)) {
      throw new IllegalArgumentException("line 1: not a secret file written by 'venn secret' (passphrases are no longer "
          + "accepted: derive the secret with 'venn keygen' and 'venn secret')");
    }
    if (lines.length != 4) {
      throw new IllegalArgumentException("line " + Math.min(lines.length + 1, 5) + ": expected 4 lines (" + MAGIC
          + ", partnership, side, secret), found " + lines.length);
    }
    String id = value(lines, 1, "partnership");
    String side = value(lines, 2, "side");
    byte[] secret;
    try {
      secret = Base64.getUrlDecoder().decode(value(lines, 3, "secret"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line 4: the secret is not base64url");
    }
    try {
      return new PartnershipSecret(id, side, secret);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException((e.getMessage().startsWith("side") ? "line 3: " : "line 4: ") + e.getMessage());
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private static String value(String[] lines, int i, String key) {
    String line = lines[i].strip();
    if (!line.startsWith(key + " ") || line.substring(key.length()).isBlank()) {
      throw new IllegalArgumentException("line " + (i + 1) + ": expected '" + key + " <value>'");
    }
    return line.substring(key.length()).strip();
  }

  @Override
  public String toString() {
    return "PartnershipSecret[" + partnershipId + ", side " + side + ", redacted]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartnershipSecret s && s.partnershipId.equals(partnershipId) && s.side.equals(side)
        && java.security.MessageDigest.isEqual(s.secret, secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partnershipId, side);
  }

  @Override
  public byte[] secret() {
    return secret.clone();
  }
}
