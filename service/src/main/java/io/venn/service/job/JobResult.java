package io.venn.service.job;

import io.venn.cluster.Entity;
import java.util.List;

/**
 * The stored outcome of a finished job, enough to rebuild each side's view.
 *
 * @param entities matched entities, indices into the job's left and right lists
 * @param scores the best score of each entity, aligned with {@code entities}
 */
public record JobResult(List<Entity> entities, double[] scores) {
  public JobResult {
    entities = List.copyOf(entities);
    scores = scores.clone();
    if (scores.length != entities.size()) {
      throw new IllegalArgumentException(scores.length + " scores for " + entities.size() + " entities");
    }
  }
}
