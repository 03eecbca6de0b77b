/**
 * Stage 3, encode: canonical fields to keyed features the matcher can compare but not read.
 * {@link io.venn.encode.AccountEncoder} turns an account into an {@link io.venn.encode.EncodedAccount}
 * (HMAC-SHA256 tokens, keyed prefix and letter-set tokens, a keyed Bloom filter of the name) under an
 * {@link io.venn.encode.EncodingKey}. Blind mode adds {@link io.venn.encode.PartnershipKeys} (X25519
 * key agreement into a {@link io.venn.encode.PartnershipSecret}), per-job keys ({@code
 * EncodingKey.forJob}), and {@link io.venn.encode.Sealer}, which seals shared fields so that each
 * record opens only with its share of the owner's {@link io.venn.encode.ReleaseKey}.
 * No method returns or accepts {@code null} unless its documentation says so.
 */
package io.venn.encode;
