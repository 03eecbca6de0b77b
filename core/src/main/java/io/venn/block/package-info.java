/**
 * Stage 4, block: candidate pairs without comparing everything. {@link io.venn.block.CandidateIndex}
 * is a hash join from blocking keys (rare name words, word pairs, domains, phones, ids, MinHash bands)
 * to records, with caps on common keys; {@link io.venn.block.TokenStatistics} knows how rare each
 * keyed word is. No method returns or accepts {@code null} unless its documentation says so.
 */
package io.venn.block;
