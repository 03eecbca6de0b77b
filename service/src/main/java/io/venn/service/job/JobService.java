package io.venn.service.job;

import io.venn.service.audit.AuditLog;
import io.venn.service.blind.RematchLimit;
import io.venn.service.list.AccountListInfo;
import io.venn.service.list.ListService;
import io.venn.service.partnership.Partnership;
import io.venn.service.partnership.PartnershipService;
import io.venn.service.partnership.PartnershipStatus;
import io.venn.service.system.ConflictException;
import io.venn.service.system.LimitExceededException;
import io.venn.service.system.NotFoundException;
import io.venn.service.system.VennProperties;
import io.venn.view.PopulationCounts;
import io.venn.view.Side;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Requests match jobs and answers who may see them. */
@Service
public class JobService {
  private final JobRepository jobs;
  private final PartnershipService partnerships;
  private final JobRunner runner;
  private final AuditLog audit;
  private final ListService lists;
  private static final String MATRIX_CELLS = "venn.limits.matrix-cells";
  private final int minListSize;
  private final RematchLimit rematchLimit;
  private final long maxMatrixCells;

  JobService(
      JobRepository jobs,
      PartnershipService partnerships,
      JobRunner runner,
      AuditLog audit,
      ListService lists,
      VennProperties properties,
      RematchLimit rematchLimit) {
    this.jobs = jobs;
    this.partnerships = partnerships;
    this.runner = runner;
    this.audit = audit;
    this.lists = lists;
    this.minListSize = properties.jobs().minListSize();
    this.rematchLimit = rematchLimit;
    this.maxMatrixCells = properties.limits().matrixCells();
  }

  /**
   * Queues a job over the lists both sides have chosen now.
   *
   * @throws NotFoundException if the caller has no such partnership
   * @throws ConflictException if the partnership is not ACTIVE, a side has no list or one smaller than
   *     {@code venn.jobs.min-list-size}, or a job of it is already queued or running
   * @throws LimitExceededException if the matrix would have more than {@code venn.limits.matrix-cells} cells
   */
  public Job request(String organizationId, String partnershipId) {
    Partnership p = partnerships.require(organizationId, partnershipId);
    if (p.status() != PartnershipStatus.ACTIVE) {
      throw new ConflictException(
          "Partnership " + p.id() + " is " + p.status() + "; jobs run only on an ACTIVE partnership"
              + (p.status() == PartnershipStatus.PENDING ? " (the invited organization must accept it first)." : "."));
    }
    Side me = p.sideOf(organizationId);
    if (p.listOf(me) == null) {
      throw new ConflictException("You have not chosen a list for this partnership: PUT /api/v1/partnerships/" + p.id() + "/list.");
    }
    if (p.listOf(me.other()) == null) {
      throw new ConflictException("Your partner has not chosen a list for this partnership yet.");
    }
    long cells = 1;
    for (Side side : Side.values()) {
      AccountListInfo list = lists.require(p.organizationOf(side), p.listOf(side));
      cells *= Math.max(1, list.populations().size());
      long size = list.accepted();
      if (size < minListSize) {
        throw new ConflictException(
            (side == me ? "Your list" : "Your partner's list") + " has " + size + " accounts; a match needs at least "
                + minListSize + " on each side, so that a tiny list cannot probe for single accounts.");
      }
    }
    if (cells > maxMatrixCells) {
      throw new LimitExceededException(
          MATRIX_CELLS,
          maxMatrixCells,
          "The two lists' populations would make a matrix of " + cells + " cells; at most " + maxMatrixCells
              + " are allowed (" + MATRIX_CELLS + "). Use a list with fewer populations.");
    }
    if (jobs.hasUnfinished(p.id())) {
      throw new ConflictException("A job of this partnership is already queued or running; wait for it to finish.");
    }
    rematchLimit.check(p.id(), organizationId, jobs.findByPartnership(p.id()).stream()
        .map(j -> new RematchLimit.Run(j.createdAt(), j.leftListId() + "|" + j.rightListId())).toList(),
        p.listOf(Side.LEFT) + "|" + p.listOf(Side.RIGHT));
    Job job =
        new Job(
            UUID.randomUUID().toString(), p.id(), organizationId, JobStatus.QUEUED, 0, null, null,
            p.listOf(Side.LEFT), p.listOf(Side.RIGHT), null, Instant.now(), null, null);
    jobs.insert(job);
    audit.record(organizationId, p.id(), "JOB_REQUESTED", job.id(), null);
    runner.submit(job.id());
    return job;
  }

  /** @throws NotFoundException unless the caller is a side of the job's partnership */
  public VisibleJob require(String organizationId, String jobId) {
    Job job = jobs.find(jobId).orElseThrow(() -> notFound(jobId));
    Partnership p = partnerships.find(job.partnershipId()).filter(x -> x.isMember(organizationId)).orElseThrow(() -> notFound(jobId));
    return new VisibleJob(job, p);
  }

  public List<Job> jobsOf(String organizationId, String partnershipId) {
    return jobs.findByPartnership(partnerships.require(organizationId, partnershipId).id());
  }

  /** The stored matches of a SUCCEEDED job. */
  public JobResult result(Job job) {
    requireSucceeded(job);
    return jobs.result(job.id());
  }

  /**
   * The population cells a SUCCEEDED job stored (entities per left x right population, zeros left
   * out, under no policy): its matrix without reading its pairs or records. Empty for a job that
   * finished before cells were stored: its matrix comes from {@link #result}.
   */
  public Optional<List<PopulationCounts.Cell>> cells(Job job) {
    requireSucceeded(job);
    return jobs.cells(job.id());
  }

  /** How many times since start a job's pairs were read ({@link #result}). */
  public long resultsRead() {
    return jobs.resultReads();
  }

  /** @throws ConflictException if the job has not SUCCEEDED (yet) */
  public void requireSucceeded(Job job) {
    if (job.status() != JobStatus.SUCCEEDED) {
      throw new ConflictException(
          "Job " + job.id() + " is " + job.status() + "; its matrix and overlaps exist only once it has SUCCEEDED.");
    }
  }

  private static NotFoundException notFound(String jobId) {
    return new NotFoundException("You have no job with id " + jobId + ".");
  }

  /** A job together with its partnership, after checking the caller is one of its sides. */
  public record VisibleJob(Job job, Partnership partnership) {}
}
