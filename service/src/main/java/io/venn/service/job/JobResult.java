package io.venn.service.job;

import io.venn.cluster.Entity;
import java.util.List;

/**
 * The stored outcome of a finished job, enough to rebuild each side's view.
 *
 * @param entities matched entities, indices into the job's left and right lists
 * @param scores the best score of each entity, aligned with {@code entities}
 * @param leftPopulations the populations of the left records in {@code entities}, or {@code null}
 *     when the job stored none (it finished before pairs carried them): its views read the lists
 * @param rightPopulations likewise for the right records
 */
public record JobResult(List<Entity> entities, double[] scores, PairPopulations leftPopulations, PairPopulations rightPopulations) {
  public JobResult {
    entities = List.copyOf(entities);
    scores = scores.clone();
    if (scores.length != entities.size()) {
      throw new IllegalArgumentException(scores.length + " scores for " + entities.size() + " entities");
    }
    if ((leftPopulations == null) != (rightPopulations == null)) {
      throw new IllegalArgumentException("populations stored for one side only");
    }
  }

  /** Whether the pairs carry their records' populations, so a view needs no list read. */
  public boolean hasPopulations() {
    return leftPopulations != null;
  }
}
