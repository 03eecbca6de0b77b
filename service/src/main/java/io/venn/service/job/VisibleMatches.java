package io.venn.service.job;

/**
 * How many matches of a job one side may be told: the overlaps of the matrix cells it sees with
 * exact counts. The job's own total would give away overlaps in the partner's {@code HIDDEN}
 * populations and, with one small cell shown as "&lt; k", that cell's exact count.
 */
public interface VisibleMatches {
  /** @return null while the job has no result the caller may see */
  Integer of(String organizationId, Job job);
}
