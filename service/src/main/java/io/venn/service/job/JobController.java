package io.venn.service.job;

import io.venn.service.system.Caller;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JobController {
  private final JobService service;
  private final VisibleMatches visible;

  JobController(JobService service, VisibleMatches visible) {
    this.service = service;
    this.visible = visible;
  }

  @PostMapping("/api/v1/partnerships/{id}/jobs")
  @ResponseStatus(HttpStatus.ACCEPTED)
  JobView request(Caller caller, @PathVariable String id) {
    return JobView.of(service.request(caller.organizationId(), id), null);
  }

  @GetMapping("/api/v1/partnerships/{id}/jobs")
  List<JobView> ofPartnership(Caller caller, @PathVariable String id) {
    return service.jobsOf(caller.organizationId(), id).stream()
        .map(j -> JobView.of(j, visible.of(caller.organizationId(), j))).toList();
  }

  @GetMapping("/api/v1/jobs/{id}")
  JobView one(Caller caller, @PathVariable String id) {
    Job job = service.require(caller.organizationId(), id).job();
    return JobView.of(job, visible.of(caller.organizationId(), job));
  }

  /**
   * Which lists were used is not shown: the partner's list id is the partner's business. {@code
   * matches} is what the caller's matrix shows ({@link VisibleMatches}), not the job's total.
   */
  record JobView(
      String id,
      String partnershipId,
      String status,
      double progress,
      String stage,
      String error,
      Integer matches,
      String createdAt,
      String startedAt,
      String finishedAt) {
    static JobView of(Job j, Integer matches) {
      return new JobView(
          j.id(),
          j.partnershipId(),
          j.status().name(),
          j.progress(),
          j.stage(),
          j.error(),
          matches,
          j.createdAt().toString(),
          j.startedAt() == null ? null : j.startedAt().toString(),
          j.finishedAt() == null ? null : j.finishedAt().toString());
    }
  }
}
