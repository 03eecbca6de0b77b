package io.venn.encode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.KeyAgreement;

/**
 * X25519 key pairs and the partnership secret two of them agree on, so that the two companies of a
 * partnership hold a 256-bit secret that never travelled: each registers only its public key with
 * the service, and each derives the secret from its own private key and the partner's public key.
 *
 * <p>The secret is HKDF-SHA256 (salt {@value #SALT}) of the X25519 shared value, bound to the
 * partnership id and both public keys (in a fixed order), so one key pair used with two partners
 * gives two unrelated secrets. All crypto is the JDK's ({@code KeyAgreement "XDH"}).
 */
public final class PartnershipKeys {
  static final String SALT = "venn-partnership-v1";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

  private PartnershipKeys() {}

  /** A company's key pair; the private key never leaves its machine. */
  public record KeyPair(PrivateKey privateKey, PublicKey publicKey) {}

  /** A fresh X25519 key pair. */
  public static KeyPair generate() {
    try {
      java.security.KeyPair pair = KeyPairGenerator.getInstance("X25519").generateKeyPair();
      return new KeyPair(pair.getPrivate(), pair.getPublic());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("X25519 is required by every Java 11+ platform", e);
    }
  }

  /** The public key as one base64url line (its X.509 encoding): what is registered with the service. */
  public static String encodePublic(PublicKey key) {
    return B64.encodeToString(key.getEncoded());
  }

  /** The private key as one base64url line (its PKCS#8 encoding). */
  public static String encodePrivate(PrivateKey key) {
    return B64.encodeToString(key.getEncoded());
  }

  /** @throws IllegalArgumentException if the text is not an X25519 public key written by {@link #encodePublic} */
  public static PublicKey decodePublic(String text) {
    try {
      return KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(UNB64.decode(text.strip())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an X25519 public key (expected the one line 'venn keygen' writes to the .pub file)");
    }
  }

  /** @throws IllegalArgumentException if the text is not an X25519 private key written by {@link #encodePrivate} */
  public static PrivateKey decodePrivate(String text) {
    try {
      return KeyFactory.getInstance("X25519").generatePrivate(new PKCS8EncodedKeySpec(UNB64.decode(text.strip())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an X25519 private key (expected the key 'venn keygen' writes to the .key file)");
    }
  }

  /**
   * The partnership secret, the same on both sides.
   *
   * @param mine my private key
   * @param myPublic my public key (it fixes my side, "a" or "b", by the order of the two public keys)
   * @param theirs the partner's public key
   * @param partnershipId the service's id of the partnership, which the secret is bound to
   * @throws IllegalArgumentException if the two public keys are the same, or the partner's key is a
   *     degenerate point (the shared value would be zero)
   */
  public static PartnershipSecret agree(PrivateKey mine, PublicKey myPublic, PublicKey theirs, String partnershipId) {
    if (partnershipId == null || partnershipId.isBlank()) {
      throw new IllegalArgumentException("a partnership id is required");
    }
    byte[] a = myPublic.getEncoded();
    byte[] b = theirs.getEncoded();
    int order = Arrays.compareUnsigned(a, b);
    if (order == 0) {
      throw new IllegalArgumentException("the partner's public key is your own; use the key your partner registered");
    }
    byte[] shared;
    try {
      KeyAgreement agreement = KeyAgreement.getInstance("XDH");
      agreement.init(mine);
      agreement.doPhase(theirs, true);
      shared = agreement.generateSecret();
    } catch (java.security.InvalidKeyException e) {
      throw new IllegalArgumentException("the partner's public key cannot be used: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("XDH is required by every Java 11+ platform", e);
    }
    if (isZero(shared)) {
      throw new IllegalArgumentException("the partner's public key is a degenerate point; ask for a fresh one");
    }
    String info = "partnership:" + partnershipId.strip() + "|" + encodePublic(order < 0 ? myPublic : theirs)
        + "|" + encodePublic(order < 0 ? theirs : myPublic);
    byte[] prk = EncodingKey.extract(SALT.getBytes(StandardCharsets.US_ASCII), shared);
    byte[] secret = EncodingKey.expand(prk, info.getBytes(StandardCharsets.UTF_8), PartnershipSecret.BYTES);
    Arrays.fill(shared, (byte) 0);
    return new PartnershipSecret(partnershipId.strip(), order < 0 ? "a" : "b", secret);
  }

  private static boolean isZero(byte[] bytes) {
    int acc = 0;
    for (byte x : bytes) {
      acc |= x;
    }
    return acc == 0;
  }
}
