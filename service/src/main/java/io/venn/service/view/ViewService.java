package io.venn.service.view;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.venn.service.job.Job;
import io.venn.service.job.JobResult;
import io.venn.service.job.JobService;
import io.venn.service.list.AccountCache;
import io.venn.service.list.ListDeleted;
import io.venn.service.partnership.Partnership;
import io.venn.service.partnership.PartnershipStatus;
import io.venn.service.partnership.PolicyChanged;
import io.venn.service.system.ConflictException;
import io.venn.service.system.VennProperties;
import io.venn.view.SharingPolicy;
import io.venn.view.Side;
import io.venn.view.SideView;
import io.venn.view.Views;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Each side's view of a finished job, always under the partner's <em>current</em> sharing policy:
 * narrowing a policy takes effect on past jobs too. Views are cached; the key includes the policy,
 * so a stale view is never served, and policy changes or list deletions also drop entries early.
 */
@Service
class ViewService {
  private final JobService jobs;
  private final AccountCache accounts;
  private final int minCellCount;
  private final Cache<ViewKey, SideView> cache;

  ViewService(JobService jobs, AccountCache accounts, VennProperties properties) {
    this.jobs = jobs;
    this.accounts = accounts;
    this.minCellCount = properties.minCellCount();
    this.cache = Caffeine.newBuilder().maximumSize(properties.cache().maxViews()).build();
  }

  /**
   * @throws io.venn.service.system.NotFoundException unless the caller is a side of the job
   * @throws ConflictException if the partnership ended or the job has not succeeded
   */
  Viewed view(String organizationId, String jobId) {
    JobService.VisibleJob visible = jobs.require(organizationId, jobId);
    Partnership p = visible.partnership();
    if (p.status() == PartnershipStatus.ENDED) {
      throw new ConflictException(
          "Partnership " + p.id() + " ended at " + p.endedAt() + "; its results are no longer served to either side.");
    }
    Job job = visible.job();
    Side me = p.sideOf(organizationId);
    SharingPolicy partnerPolicy = p.policyOf(me.other());
    jobs.requireSucceeded(job);
    SideView view =
        cache.get(
            new ViewKey(job.id(), me, partnerPolicy),
            k -> {
              JobResult result = jobs.result(job);
              return Views.of(
                  me,
                  accounts.accounts(job.leftListId()),
                  accounts.accounts(job.rightListId()),
                  result.entities(),
                  result.scores(),
                  partnerPolicy,
                  minCellCount);
            });
    return new Viewed(job, p, view, minCellCount);
  }

  @EventListener
  void onPolicyChanged(PolicyChanged event) {
    cache.invalidateAll(); // rare; simpler than indexing entries by partnership
  }

  @EventListener
  void onListDeleted(ListDeleted event) {
    cache.invalidateAll();
  }

  record ViewKey(String jobId, Side viewer, SharingPolicy partnerPolicy) {}

  record Viewed(Job job, Partnership partnership, SideView view, int minCellCount) {}
}
