/**
 * Scoring predicted pairs against generated truth: {@link io.venn.bench.accuracy.Metrics},
 * {@link io.venn.bench.accuracy.Evaluation} (per-kind recall, hard negatives, threshold curve) and the
 * shared one-to-one rule for peers.
 */
package io.venn.bench.accuracy;
