package io.venn.cli;

import io.venn.encode.PartnershipSecret;
import io.venn.encode.ReleaseKey;
import io.venn.encode.Sealer;
import io.venn.read.Account;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What blind mode adds around the encoder for one job: each record's ref (random, so refs link
 * neither to ids nor across jobs) and its sealed fields (the id first, then the shared fields), each
 * sealed under the record's share of the owner's release key.
 */
final class BlindRecords {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int REF_BYTES = 16;
  private static final String LABEL = "label";

  private final PartnershipSecret secret;
  private final Sealer sealer;

  BlindRecords(PartnershipSecret secret, String nonce) {
    this.secret = secret;
    this.sealer = Sealer.forJob(secret.jobKey(nonce));
  }

  /** The partnership secret from a file written by {@code venn secret}. */
  static PartnershipSecret readSecret(Path file) throws CliException {
    try {
      return PartnershipSecret.parse(KeyFiles.read(file));
    } catch (IllegalArgumentException e) {
      throw CliException.input(file.toString(), e.getMessage());
    }
  }

  /** A fresh random ref: hex of 16 random bytes. */
  static String newRef() {
    byte[] b = new byte[REF_BYTES];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /**
   * The sealed payload of one of my records: one fixed-size block per field of {@code fields}
   * ("id" first), in that order. A value longer than a block is cut ({@link Sealer#fits}).
   */
  byte[] seal(Account account, List<String> fields, String ref, ReleaseKey release) {
    Sealer.RecordSeal seal = sealer.record(secret.side(), ref, release.share(ref));
    byte[] payload = new byte[fields.size() * Sealer.SEALED_BYTES];
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      byte[] block = seal.seal(f, f.equals("id") ? account.id() : account.field(f));
      System.arraycopy(block, 0, payload, i * Sealer.SEALED_BYTES, Sealer.SEALED_BYTES);
    }
    return payload;
  }

  /** The sealed label of one of my populations ({@link Sealer#population}). */
  byte[] sealLabel(String token, String label) {
    return sealer.population(secret.side(), token).seal(LABEL, label);
  }

  /**
   * @param mine whether the population is of my list or the partner's
   * @throws GeneralSecurityException if the label was not sealed under this secret, job, side and token
   */
  String openLabel(boolean mine, String token, byte[] sealed) throws GeneralSecurityException {
    return sealer.population(mine ? secret.side() : secret.otherSide(), token).open(LABEL, sealed);
  }

  /** The side of my list: "a" or "b". */
  String side() {
    return secret.side();
  }

  /**
   * Opens the released fields of a record; empty values (missing fields) are left out.
   *
   * @param mine whether the record is my own (sealed by my side) or the partner's
   * @throws GeneralSecurityException if a field was not sealed under this secret, job, ref and share
   */
  Map<String, String> open(boolean mine, String ref, byte[] share, Map<String, byte[]> sealed) throws GeneralSecurityException {
    Sealer.RecordSeal seal = sealer.record(mine ? secret.side() : secret.otherSide(), ref, share);
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> f : sealed.entrySet()) {
      String value = seal.open(f.getKey(), f.getValue());
      if (!value.isEmpty()) {
        out.put(f.getKey(), value);
      }
    }
    return out;
  }
}
