/**
 * Stage 6, decide: levels to evidence to a verdict. {@link io.venn.decide.MatchModel} declares the
 * comparisons ({@link io.venn.decide.StandardModel}) with every level's m and u; {@link
 * io.venn.decide.PairScorer} adds their {@code ln(m/u)} to a prior and returns a {@link
 * io.venn.decide.Decision} that explains itself level by level; {@link io.venn.decide.Estimator}
 * estimates m and u from data. No method returns or accepts {@code null} unless its documentation
 * says so.
 */
package io.venn.decide;
