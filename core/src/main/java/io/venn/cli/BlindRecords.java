package io.venn.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.encode.EncodingKey;
import io.venn.encode.Sealer;
import io.venn.read.Account;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What blind mode adds around the encoder, all under keys derived from the partnership secret:
 * each record's ref (a keyed token of its id, so the matcher cannot read ids but the owner can
 * recompute them) and its sealed shared fields (JSON of the chosen fields plus the id).
 */
final class BlindRecords {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int REF_BYTES = 16;

  private final SecretKeySpec refKey;
  private final Sealer sealer;

  BlindRecords(EncodingKey key) {
    this.refKey = new SecretKeySpec(key.derive("ref", 32), "HmacSHA256");
    this.sealer = Sealer.withKey(key);
  }

  /**
   * The partnership secret from a file: raw bytes, or text with surrounding whitespace (a trailing
   * newline) removed.
   */
  static EncodingKey readSecret(Path file) throws CliException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw CliException.input(file.toString(), "no such file");
    } catch (IOException e) {
      throw CliException.input(file.toString(), "cannot read the secret: " + e.getMessage());
    }
    int from = 0;
    int to = bytes.length;
    while (from < to && isSpace(bytes[from])) {
      from++;
    }
    while (to > from && isSpace(bytes[to - 1])) {
      to--;
    }
    byte[] secret = Arrays.copyOfRange(bytes, from, to);
    try {
      return EncodingKey.fromSecret(secret);
    } catch (IllegalArgumentException e) {
      throw CliException.input(file.toString(), e.getMessage());
    } finally {
      Arrays.fill(secret, (byte) 0);
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  /** Hex of the first 16 bytes of HMAC-SHA256(ref key, id): stable per id and secret, unreadable without the secret. */
  String ref(String id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(refKey);
      return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)), 0, REF_BYTES);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }

  /** The id and the {@code share} fields of the account that are present, as JSON, sealed for the ref. */
  byte[] seal(Account account, List<String> share, String ref) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", account.id());
    for (String f : share) {
      String v = account.field(f);
      if (v != null) {
        fields.put(f, v);
      }
    }
    try {
      return sealer.seal(JSON.writeValueAsBytes(fields), ref);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @throws GeneralSecurityException if the payload was not sealed under this secret for this ref
   */
  Map<String, String> open(byte[] sealed, String ref) throws GeneralSecurityException {
    try {
      return JSON.readValue(sealer.open(sealed, ref), new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (IOException e) {
      throw new GeneralSecurityException("the sealed payload is not the JSON venn encode writes", e);
    }
  }
}
