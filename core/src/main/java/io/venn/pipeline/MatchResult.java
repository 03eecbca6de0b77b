package io.venn.pipeline;

import io.venn.block.BlockingReport;
import io.venn.cluster.Entity;
import io.venn.matrix.OverlapMatrix;
import java.util.List;

/**
 * Everything a match run produced.
 *
 * @param matches the kept pairs (after clustering), best score first
 * @param entities connected groups of matched records
 * @param entityScores the best score within each entity, aligned with {@code entities}
 * @param matrix overlap counts per population pair, by entities
 * @param blocking the cost of candidate generation (with {@link MatchConfig#estimate()}, including
 *     the candidates of the records sampled for estimation, which are proposed twice)
 * @param model the model the pairs were scored with: the configured one, or its re-estimate for
 *     these lists when {@link MatchConfig#estimate()} is on
 * @param explainer explains any pair of these lists later without them, for plaintext lists; empty
 *     for encoded ones (their matcher has no plaintext to encode a record from)
 */
public record MatchResult(
    List<Match> matches, List<Entity> entities, double[] entityScores, OverlapMatrix matrix, BlockingReport blocking,
    io.venn.decide.MatchModel model, java.util.Optional<Explainer> explainer) {
  public MatchResult {
    matches = List.copyOf(matches);
    entities = List.copyOf(entities);
    entityScores = entityScores.clone();
    java.util.Objects.requireNonNull(explainer, "explainer: Optional.empty() for encoded lists");
  }
}
