package io.venn.encode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a record's shared fields in blind mode so that <em>only the records the service releases</em>
 * can be opened, even by a partner who holds the partnership secret and the whole encoded file.
 *
 * <p>Each record has its own AES-256-GCM key, HKDF-SHA256 of two halves: the job's "seal" sub-key,
 * which both partners can derive from the secret, and a per-record <em>share</em> from the owner's
 * {@link ReleaseKey}, which travels only to the service and is not in the encoded file. The service
 * cannot open a payload (it lacks the secret); the partner cannot open one whose share the service
 * did not release (it lacks the share). The service releases shares only for matched records whose
 * population the owner's sharing policy opens ({@code OVERLAPS}).
 *
 * <p>Every field is sealed separately, so the service can release exactly the fields the policy
 * names, and padded to a fixed {@value #VALUE_BYTES}-byte block before sealing, so sealed sizes say
 * nothing about the values (a longer value is cut at a character boundary). The associated data
 * binds the sealing side ("a" or "b"), the record's ref and the field name: a payload cannot be
 * moved to another record, field or direction without {@link RecordSeal#open} failing. Thread-safe.
 */
public final class Sealer {
  /** Plaintext block of every sealed field: 2 bytes of length, then the UTF-8 value, then zeros. */
  public static final int VALUE_BYTES = 96;
  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;
  /** Size of one sealed field: nonce, padded block, tag. */
  public static final int SEALED_BYTES = NONCE_BYTES + VALUE_BYTES + TAG_BITS / 8;

  private static final SecureRandom RANDOM = new SecureRandom();
  /**
   * One AES-GCM cipher per thread, initialized per field: Cipher.getInstance is a provider lookup
   * that cost more than sealing a field, and a record's fields share its key, so re-initializing with
   * the same key skips the key schedule.
   */
  private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  });
  private final byte[] sealKey;

  private Sealer(byte[] sealKey) {
    this.sealKey = sealKey;
  }

  /** The sealer of one job; both partners derive the same one from the secret and the job nonce. */
  public static Sealer forJob(EncodingKey jobKey) {
    return new Sealer(jobKey.derive("seal", 32));
  }

  /**
   * @param side the side that seals ("a" or "b", from {@link PartnershipSecret#side})
   * @param ref the record's ref in the encoded list
   * @param share the record's share ({@link ReleaseKey#share}), as the owner has it or the service released it
   */
  public RecordSeal record(String side, String ref, byte[] share) {
    Objects.requireNonNull(share, "share");
    String context = side + "|" + ref;
    byte[] prk = EncodingKey.extract(share, sealKey);
    return new RecordSeal(new SecretKeySpec(EncodingKey.expand(prk, ("record|" + context).getBytes(StandardCharsets.UTF_8), 32), "AES"),
        "venn-seal v2|" + context + "|");
  }

  /**
   * The key of one population label of a list, field "label": derived from the job's "seal" sub-key
   * alone, so both partners can open it and the service, without the secret, cannot. What keeps a
   * HIDDEN population's label from the partner is that the service never hands it out.
   *
   * @param side the side whose list it is ("a" or "b")
   * @param key the population's keyed token in that list
   */
  public RecordSeal population(String side, String key) {
    String context = "population|" + side + "|" + key;
    return new RecordSeal(new SecretKeySpec(EncodingKey.expand(sealKey, context.getBytes(StandardCharsets.UTF_8), 32), "AES"),
        "venn-seal v2|" + context + "|");
  }

  /** Whether a value fits the fixed block whole; a longer one is cut when sealed. */
  public static boolean fits(String value) {
    return value.getBytes(StandardCharsets.UTF_8).length <= VALUE_BYTES - 2;
  }

  /** The key of one record's fields. */
  public static final class RecordSeal {
    private final SecretKeySpec key;
    private final String aadPrefix;

    private RecordSeal(SecretKeySpec key, String aadPrefix) {
      this.key = key;
      this.aadPrefix = aadPrefix;
    }

    /** @return {@value #SEALED_BYTES} bytes whatever the value; an empty value for a missing field */
    public byte[] seal(String field, String value) {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      try {
        Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, field);
        ByteBuffer out = ByteBuffer.allocate(SEALED_BYTES);
        out.put(nonce);
        cipher.doFinal(ByteBuffer.wrap(pad(value == null ? "" : value)), out);
        return out.array();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-GCM is not available in this JDK", e);
      }
    }

    /**
     * @return the (possibly cut) value given to {@link #seal}; empty when the field was missing
     * @throws GeneralSecurityException if the share, secret, job, side, ref or field is not the one
     *     it was sealed with, or the payload was altered
     */
    public String open(String field, byte[] sealed) throws GeneralSecurityException {
      if (sealed.length != SEALED_BYTES) {
        throw new AEADBadTagException("a sealed field is " + SEALED_BYTES + " bytes, was " + sealed.length);
      }
      byte[] block = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES), field)
          .doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
      int length = ((block[0] & 0xff) << 8) | (block[1] & 0xff);
      if (length > VALUE_BYTES - 2) {
        throw new AEADBadTagException("corrupt padded block");
      }
      return new String(block, 2, length, StandardCharsets.UTF_8);
    }

    private Cipher cipher(int mode, byte[] nonce, String field) throws GeneralSecurityException {
      Cipher cipher = CIPHER.get();
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD((aadPrefix + field).getBytes(StandardCharsets.UTF_8));
      return cipher;
    }
  }

  /** The value in a fixed block: length, UTF-8 bytes cut at a character boundary, zeros. */
  static byte[] pad(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    int n = Math.min(utf8.length, VALUE_BYTES - 2);
    while (n < utf8.length && n > 0 && (utf8[n] & 0xC0) == 0x80) {
      n--; // never cut inside a multi-byte character
    }
    byte[] block = new byte[VALUE_BYTES];
    block[0] = (byte) (n >>> 8);
    block[1] = (byte) n;
    System.arraycopy(utf8, 0, block, 2, n);
    return block;
  }
}
