package io.venn.service.feedback;

import io.venn.service.audit.AuditLog;
import io.venn.service.job.JobService;
import io.venn.service.partnership.Partnership;
import io.venn.service.partnership.PartnershipStatus;
import io.venn.service.system.BadInputException;
import io.venn.service.system.ConflictException;
import io.venn.service.system.NotFoundException;
import io.venn.view.Side;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Verdicts on matched pairs. Only the two partners of a job may give one, and only on a pair that
 * job kept. A side names the pair by its own record id; the partner's record id is needed only when
 * the caller's record is in several pairs, so the page never has to know an id the partner did not share.
 */
@Service
public class FeedbackService {
  private final JobService jobs;
  private final FeedbackRepository repository;
  private final AuditLog audit;

  FeedbackService(JobService jobs, FeedbackRepository repository, AuditLog audit) {
    this.jobs = jobs;
    this.repository = repository;
    this.audit = audit;
  }

  /**
   * @throws NotFoundException unless the caller is a side of the job and the job kept such a pair
   * @throws ConflictException if the partnership ended or the job has not succeeded
   * @throws BadInputException if the caller's own record id is missing or the pair is ambiguous
   */
  PairIds record(String organizationId, String jobId, String leftId, String rightId, Verdict verdict) {
    JobService.VisibleJob visible = jobs.require(organizationId, jobId);
    Partnership p = visible.partnership();
    if (p.status() == PartnershipStatus.ENDED) {
      throw new ConflictException("Partnership " + p.id() + " has ended; it will not be matched again.");
    }
    jobs.requireSucceeded(visible.job());
    Side me = p.sideOf(organizationId);
    String mine = me == Side.LEFT ? blankToNull(leftId) : blankToNull(rightId);
    if (mine == null) {
      throw new BadInputException(
          (me == Side.LEFT ? "leftId" : "rightId") + " is required: the id of your own record in the pair (you are the "
              + (me == Side.LEFT ? "left, inviting" : "right, invited") + " side of this partnership).");
    }
    List<PairIds> pairs = repository.pairsOf(jobId, blankToNull(leftId), blankToNull(rightId));
    if (pairs.isEmpty()) {
      throw new NotFoundException("Job " + jobId + " kept no pair with leftId '" + leftId + "' and rightId '" + rightId + "'.");
    }
    if (pairs.size() > 1) {
      throw new BadInputException(
          "Your record '" + mine + "' is in " + pairs.size() + " pairs of job " + jobId + "; give the partner's record id too.");
    }
    PairIds pair = pairs.get(0);
    repository.save(p.id(), organizationId, jobId, pair, verdict);
    audit.record(organizationId, p.id(), "FEEDBACK_GIVEN", jobId, verdict.wire() + " on one matched pair; applies from the next run");
    return pair;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
