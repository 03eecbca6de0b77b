/**
 * Stage 6, decide: similarities to evidence to a verdict. {@link io.venn.decide.PairScorer} adds the
 * log-odds weights of every field to a prior and returns a {@link io.venn.decide.Decision} that
 * explains itself field by field. No method returns or accepts {@code null} unless its documentation
 * says so.
 */
package io.venn.decide;
