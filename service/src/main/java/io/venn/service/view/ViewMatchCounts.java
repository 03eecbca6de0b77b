package io.venn.service.view;

import io.venn.service.job.Job;
import io.venn.service.job.JobStatus;
import io.venn.service.job.VisibleMatches;
import io.venn.service.system.ConflictException;
import io.venn.view.SideView;
import org.springframework.stereotype.Component;

/** {@link VisibleMatches} from the caller's own view of the job, under the partner's current policy. */
@Component
class ViewMatchCounts implements VisibleMatches {
  private final ViewService views;

  ViewMatchCounts(ViewService views) {
    this.views = views;
  }

  @Override
  public Integer of(String organizationId, Job job) {
    if (job.status() != JobStatus.SUCCEEDED) {
      return null;
    }
    try {
      int n = 0;
      for (SideView.Cell c : views.matrix(organizationId, job.id()).matrix().cells()) {
        n += c.suppressed() ? 0 : c.overlaps();
      }
      return n;
    } catch (ConflictException ended) {
      return null; // the partnership ended: its results are no longer served
    }
  }
}
