package io.venn.encode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a record's shared fields for the partner (blind mode): AES-256-GCM under a key derived from
 * the partnership secret ({@code derive("seal", 32)}), a fresh random 12-byte nonce prepended to
 * the ciphertext, and the record's ref as associated data, so a sealed payload cannot be moved to
 * another record without {@link #open} failing. The matching server holds sealed payloads but not
 * the secret, so it cannot read them. Thread-safe.
 */
public final class Sealer {
  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  Sealer(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("an AES-256 key is 32 bytes, was " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /** The sealer both partners derive from the partnership key. */
  public static Sealer withKey(EncodingKey key) {
    return new Sealer(key.derive("seal", 32));
  }

  /**
   * @param plaintext the bytes to protect (the shared fields, serialized)
   * @param ref the record's ref, bound to the payload as associated data
   * @return nonce followed by ciphertext and tag: {@code plaintext.length + 28} bytes
   */
  public byte[] seal(byte[] plaintext, String ref) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, ref);
      ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + cipher.getOutputSize(plaintext.length));
      out.put(nonce);
      cipher.doFinal(ByteBuffer.wrap(plaintext), out);
      return out.array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  /**
   * @return the plaintext given to {@link #seal}
   * @throws GeneralSecurityException if the payload was sealed under another key or for another
   *     ref, or was altered
   */
  public byte[] open(byte[] sealed, String ref) throws GeneralSecurityException {
    Objects.requireNonNull(sealed, "sealed");
    if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new javax.crypto.AEADBadTagException("a sealed payload is at least 28 bytes, was " + sealed.length);
    }
    byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE_BYTES);
    return cipher(Cipher.DECRYPT_MODE, nonce, ref).doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
  }

  private Cipher cipher(int mode, byte[] nonce, String ref) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(Objects.requireNonNull(ref, "ref").getBytes(StandardCharsets.UTF_8));
    return cipher;
  }
}
