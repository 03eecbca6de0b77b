package io.venn.encode;

import java.util.Objects;

/**
 * An account as the matcher sees it: keyed tokens and a keyed Bloom filter, no plaintext. A token
 * of {@code 0} means the field was missing.
 *
 * @param ref an opaque reference the owner can map back to its record (a keyed token of the id in
 *     blind mode; the list index in broker mode)
 * @param population the population label (needed to count the matrix; chosen by the owner)
 * @param nameTokens keyed tokens of the normalized name's words, in name order
 * @param phoneticTokens keyed Double Metaphone codes of the same words, aligned with {@code nameTokens}
 * @param prefixTokens keyed first four letters of the same words, aligned with {@code nameTokens}, so
 *     a truncated word ("Softw.", "Biosci") can meet the word it abbreviates
 * @param nameFilter Bloom filter of the name's character bigrams, for Dice similarity
 * @param sealed the owner's shared fields sealed for the partner (blind mode), or {@code null}
 */
public record EncodedAccount(
    String ref,
    String population,
    long[] nameTokens,
    long[] phoneticTokens,
    long[] prefixTokens,
    long[] nameFilter,
    long domain,
    long domainLabel,
    long country,
    long city,
    long phone,
    long registration,
    byte[] sealed) {
  public EncodedAccount {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(nameTokens, "nameTokens");
    Objects.requireNonNull(phoneticTokens, "phoneticTokens");
    Objects.requireNonNull(prefixTokens, "prefixTokens");
    Objects.requireNonNull(nameFilter, "nameFilter");
    if (phoneticTokens.length != nameTokens.length || prefixTokens.length != nameTokens.length) {
      throw new IllegalArgumentException("phoneticTokens (" + phoneticTokens.length + ") and prefixTokens ("
          + prefixTokens.length + ") must align with nameTokens (" + nameTokens.length + ")");
    }
  }
}
