package io.venn.service.view;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.venn.cluster.Entity;
import io.venn.read.Account;
import io.venn.service.job.Job;
import io.venn.service.job.JobResult;
import io.venn.service.job.JobService;
import io.venn.service.job.PairPopulations;
import io.venn.service.list.ListDeleted;
import io.venn.service.list.ListRecords;
import io.venn.service.partnership.Partnership;
import io.venn.service.partnership.PartnershipStatus;
import io.venn.service.partnership.PolicyChanged;
import io.venn.service.system.ConflictException;
import io.venn.service.system.VennProperties;
import io.venn.view.ListPopulations;
import io.venn.view.PopulationCounts;
import io.venn.view.SharedPair;
import io.venn.view.SharedRecord;
import io.venn.view.SharingPolicy;
import io.venn.view.Side;
import io.venn.view.SideMatches;
import io.venn.view.SideMatrix;
import io.venn.view.Views;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Each side's view of a finished job, always under the partner's <em>current</em> sharing policy:
 * narrowing a policy takes effect on past jobs too. Views are cached; the key includes the policy,
 * so a stale view is never served, and policy changes or list deletions also drop entries early.
 *
 * <p>A view is built from the job's matches and the populations of the matched records only, which
 * the job stored with its pairs (jobs from before that read them from the lists by index): its memory
 * grows with the matches, not with the lists (issue 10: loading two million-record lists for a count
 * took a minute and could exhaust a 2 GB heap). The records shown are read per page ({@link
 * ListRecords#accounts}).
 *
 * <p>The matrix and the counts need even less: a job stores its population cells when it succeeds,
 * and {@link #matrix} applies the partner's current policy to them, reading no pair and no record
 * (at 1M x 1M the full view took ~16 s to build).
 */
@Service
class ViewService {
  private static final System.Logger LOG = System.getLogger(ViewService.class.getName());
  private final JobService jobs;
  private final ListRecords records;
  private final int minCellCount;
  private final Cache<ViewKey, SideMatches> cache;

  ViewService(JobService jobs, ListRecords records, VennProperties properties) {
    this.jobs = jobs;
    this.records = records;
    this.minCellCount = properties.minCellCount();
    this.cache = Caffeine.newBuilder().maximumSize(properties.cache().maxViews()).build();
  }

  /**
   * @throws io.venn.service.system.NotFoundException unless the caller is a side of the job
   * @throws ConflictException if the partnership ended or the job has not succeeded
   */
  Viewed view(String organizationId, String jobId) {
    Access a = access(organizationId, jobId);
    return new Viewed(a.job(), a.partnership(), a.viewer(), a.partnerPolicy(), fullView(a), minCellCount);
  }

  /**
   * The caller's matrix of a finished job, what the matrix endpoint and the job's counts show: from
   * the population cells the job stored, under the partner's current policy, reading neither the
   * job's pairs nor any record. A job that finished before cells were stored falls back to its
   * full view ({@link #view}).
   *
   * @throws io.venn.service.system.NotFoundException unless the caller is a side of the job
   * @throws ConflictException if the partnership ended or the job has not succeeded
   */
  Matrix matrix(String organizationId, String jobId) {
    Access a = access(organizationId, jobId);
    Job job = a.job();
    // Not cached: a few small reads (the cells and both lists' labels), nothing that grows with the lists.
    SideMatrix matrix =
        jobs.cells(job)
            .flatMap(cells -> counts(job, cells))
            .map(counts -> Views.matrix(a.viewer(), counts, a.partnerPolicy(), minCellCount))
            .orElseGet(() -> fullView(a).matrix());
    return new Matrix(job, a.partnership(), a.viewer(), matrix, minCellCount);
  }

  /**
   * The stored cells as counts; empty, so the matrix is built from the pairs instead, if they are
   * inconsistent (a population pair stored twice): a damaged row must not turn the job, its counts
   * and the partnership's job list into errors.
   */
  private Optional<PopulationCounts> counts(Job job, List<PopulationCounts.Cell> cells) {
    try {
      return Optional.of(PopulationCounts.of(records.labels(job.leftListId()), records.labels(job.rightListId()), cells));
    } catch (IllegalArgumentException e) {
      LOG.log(System.Logger.Level.WARNING, "job {0}: stored cells unusable ({1}); building its matrix from its pairs", job.id(), e.getMessage());
      return Optional.empty();
    }
  }

  private Access access(String organizationId, String jobId) {
    JobService.VisibleJob visible = jobs.require(organizationId, jobId);
    Partnership p = visible.partnership();
    if (p.status() == PartnershipStatus.ENDED) {
      throw new ConflictException(
          "Partnership " + p.id() + " ended at " + p.endedAt() + "; its results are no longer served to either side.");
    }
    Job job = visible.job();
    Side me = p.sideOf(organizationId);
    jobs.requireSucceeded(job);
    return new Access(job, p, me, p.policyOf(me.other()));
  }

  /** The whole view: reads the job's pairs and the populations of every matched record, unless cached. */
  private SideMatches fullView(Access a) {
    Job job = a.job();
    return cache.get(
        new ViewKey(job.id(), a.viewer(), a.partnerPolicy()),
        k -> {
          JobResult result = jobs.result(job);
          return Views.matches(
              a.viewer(),
              populations(job.leftListId(), result, Side.LEFT),
              populations(job.rightListId(), result, Side.RIGHT),
              result.entities(),
              result.scores(),
              a.partnerPolicy(),
              minCellCount);
        });
  }

  /**
   * One side's populations for a job's view: from its stored pairs when they carry them (no list
   * read: at 1M x 1M reading them from the lists was ~9 s of the first overlaps page), else from the
   * matched records of the list (jobs stored before V13).
   */
  private ListPopulations populations(String listId, JobResult result, Side side) {
    if (result.hasPopulations()) {
      PairPopulations stored = side == Side.LEFT ? result.leftPopulations() : result.rightPopulations();
      return ListPopulations.of(records.labels(listId), stored::of);
    }
    return records.populations(listId, matched(result.entities(), side));
  }

  /** A job the caller may see the results of, and the partner's current policy towards the caller. */
  private record Access(Job job, Partnership partnership, Side viewer, SharingPolicy partnerPolicy) {}

  /**
   * The records shown for {@code pairs} of a view: only their records are read.
   *
   * @throws IllegalStateException if a record is missing: its list was deleted while reading
   */
  List<SharedRecord> records(Viewed v, List<SharedPair> pairs) {
    Map<Integer, Account> mine = records.accounts(v.myListId(), pairs.stream().mapToInt(SharedPair::mine).toArray());
    Map<Integer, Account> theirs = records.accounts(v.theirListId(), pairs.stream().mapToInt(SharedPair::theirs).toArray());
    List<SharedRecord> out = new ArrayList<>(pairs.size());
    for (SharedPair pair : pairs) {
      Account my = mine.get(pair.mine());
      Account their = theirs.get(pair.theirs());
      if (my == null || their == null) {
        throw new IllegalStateException("job " + v.job().id() + ": a record of a shared pair is gone (its list was deleted)");
      }
      out.add(Views.shared(pair, my, their, v.partnerPolicy()));
    }
    return out;
  }

  /** The indices of one side's records in any entity, repeats included. */
  private static int[] matched(List<Entity> entities, Side side) {
    return entities.stream().flatMapToInt(e -> Arrays.stream(side == Side.LEFT ? e.left() : e.right())).toArray();
  }

  @EventListener
  void onPolicyChanged(PolicyChanged event) {
    cache.invalidateAll(); // rare; simpler than indexing entries by partnership
  }

  @EventListener
  void onListDeleted(ListDeleted event) {
    cache.invalidateAll();
  }

  /** The caller's matrix of a job under the partner's current policy; {@code minCellCount} is the "k" of "&lt; k". */
  record Matrix(Job job, Partnership partnership, Side viewer, SideMatrix matrix, int minCellCount) {}

  record ViewKey(String jobId, Side viewer, SharingPolicy partnerPolicy) {}

  /**
   * @param viewer the caller's side
   * @param partnerPolicy the policy {@code view} was built under: the one the records shown must follow
   */
  record Viewed(Job job, Partnership partnership, Side viewer, SharingPolicy partnerPolicy, SideMatches view, int minCellCount) {
    String myListId() {
      return viewer == Side.LEFT ? job.leftListId() : job.rightListId();
    }

    String theirListId() {
      return viewer == Side.LEFT ? job.rightListId() : job.leftListId();
    }
  }
}
