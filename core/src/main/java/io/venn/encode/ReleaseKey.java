package io.venn.encode;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The owner's per-list key from which each record's share ({@link Sealer}) is computed. {@code venn
 * encode} writes it next to the encoded list, and it goes to the service only: the service hands out
 * {@link #share} for the records it releases, never the key. Without a record's share nobody, the
 * partner with the secret included, can open that record's sealed fields.
 *
 * <p>File format: {@value #MAGIC}, then base64url of 32 random bytes.
 */
public final class ReleaseKey {
  public static final String MAGIC = "venn-release v1";
  private static final int BYTES = 32;
  private final byte[] key;
  /** The keyed HMAC, one per thread: a share is computed for every record encoded or released. */
  private final ThreadLocal<javax.crypto.Mac> mac;

  private ReleaseKey(byte[] key) {
    this.key = key;
    javax.crypto.spec.SecretKeySpec spec = new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256");
    this.mac = ThreadLocal.withInitial(() -> TokenHash.hmac(spec));
  }

  public static ReleaseKey random() {
    byte[] b = new byte[BYTES];
    new SecureRandom().nextBytes(b);
    return new ReleaseKey(b);
  }

  /** The share of the record with this ref: HMAC-SHA256(key, "share|" + ref). */
  public byte[] share(String ref) {
    return mac.get().doFinal(("share|" + ref).getBytes(StandardCharsets.UTF_8));
  }

  public String text() {
    return MAGIC + "\n" + Base64.getUrlEncoder().withoutPadding().encodeToString(key) + "\n";
  }

  /** @throws IllegalArgumentException if the text is not a release key file */
  public static ReleaseKey parse(String text) {
    String[] lines = text.strip().split("\\R");
    if (!lines[0].strip().equals(MAGIC) || lines.length != 2) {
      throw new IllegalArgumentException("not a release key written by 'venn encode' (expected '" + MAGIC + "' and one key line)");
    }
    byte[] key;
    try {
      key = Base64.getUrlDecoder().decode(lines[1].strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line 2: the release key is not base64url");
    }
    if (key.length != BYTES) {
      throw new IllegalArgumentException("line 2: a release key is " + BYTES + " bytes, was " + key.length);
    }
    return new ReleaseKey(key);
  }

  @Override
  public String toString() {
    return "ReleaseKey[redacted]";
  }
}
