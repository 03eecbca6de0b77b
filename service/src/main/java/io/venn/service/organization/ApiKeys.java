package io.venn.service.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API key generation and hashing.
 *
 * <p>A key is 32 bytes from {@link SecureRandom} (256 bits), so an unsalted SHA-256 is enough to store
 * it: salting and slow hashes (bcrypt, argon2) defend low-entropy passwords against dictionary and
 * rainbow-table attacks, which cannot work against a uniformly random 256-bit secret. A plain hash
 * also lets us look a key up by its hash in one indexed query on every request.
 */
final class ApiKeys {
  private static final SecureRandom RANDOM = new SecureRandom();
  static final String PREFIX = "venn_";

  private ApiKeys() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
