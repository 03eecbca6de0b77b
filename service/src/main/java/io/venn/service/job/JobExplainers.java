package io.venn.service.job;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.venn.pipeline.Explainer;
import io.venn.service.list.ListDeleted;
import io.venn.service.system.VennProperties;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@link Explainer} of recently finished jobs, so a drill-down's evidence encodes the records
 * asked about instead of both whole lists (at 1M x 1M: about a job's encode in time and memory per
 * request). Bounded by the word and website counts' size ({@code venn.cache.explainer-megabytes}),
 * since one job's are tens of MB at 1M x 1M and a job may be running beside them; which entry goes
 * first when full is Caffeine's choice (by recency and frequency). Per instance: a job finished
 * elsewhere, or before a restart, has its explainer rebuilt from its lists once.
 */
@Component
public class JobExplainers {
  private static final System.Logger LOG = System.getLogger(JobExplainers.class.getName());

  private final Cache<String, Explainer> cache;
  private final long budgetKb;

  JobExplainers(VennProperties properties) {
    this.budgetKb = Math.max(1, properties.cache().explainerMegabytes()) * 1024;
    this.cache = Caffeine.newBuilder().maximumWeight(budgetKb).weigher((String job, Explainer e) -> kilobytes(e)).build();
  }

  private static int kilobytes(Explainer e) {
    return (int) Math.min(Integer.MAX_VALUE, 1 + e.bytes() / 1024);
  }

  /** Keeps a job's explainer; one larger than the whole budget is not kept, and the log says so. */
  public void put(String jobId, Explainer explainer) {
    if (kilobytes(explainer) > budgetKb) {
      LOG.log(System.Logger.Level.WARNING, "job {0}: its evidence counts ({1} KB) exceed venn.cache.explainer-megabytes;"
          + " each drill-down''s evidence will read both lists", jobId, kilobytes(explainer));
      return;
    }
    cache.put(jobId, explainer);
  }

  /** The job's explainer if this instance keeps it. */
  public Optional<Explainer> find(String jobId) {
    return Optional.ofNullable(cache.getIfPresent(jobId));
  }

  /** Drops a job's explainer: the next drill-down of the job rebuilds it from the lists. */
  public void forget(String jobId) {
    cache.invalidate(jobId);
  }

  /** A deleted list's jobs are no longer served; their counts would only take memory. */
  @EventListener
  void onListDeleted(ListDeleted event) {
    cache.invalidateAll(); // rare; simpler than indexing entries by list
  }
}
