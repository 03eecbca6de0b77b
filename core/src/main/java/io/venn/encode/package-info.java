/**
 * Stage 3, encode: canonical fields to keyed features the matcher can compare but not read.
 * {@link io.venn.encode.AccountEncoder} turns an account into an {@link io.venn.encode.EncodedAccount}
 * (HMAC-SHA256 tokens, keyed prefix and letter-set tokens, a keyed Bloom filter of the name) under an
 * {@link io.venn.encode.EncodingKey}; {@link io.venn.encode.Sealer} seals shared fields for blind mode.
 * No method returns or accepts {@code null} unless its documentation says so.
 */
package io.venn.encode;
