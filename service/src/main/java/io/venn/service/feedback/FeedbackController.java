package io.venn.service.feedback;

import io.venn.service.system.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FeedbackController {
  private final FeedbackService service;

  FeedbackController(FeedbackService service) {
    this.service = service;
  }

  /** {@code {"leftId","rightId","verdict":"not_a_match"|"match"}}; the caller's own id is required. */
  @PostMapping("/api/v1/jobs/{id}/feedback")
  @ResponseStatus(HttpStatus.CREATED)
  FeedbackView give(Caller caller, @PathVariable String id, @RequestBody FeedbackRequest request) {
    Verdict verdict = Verdict.parse(request.verdict());
    PairIds pair = service.record(caller.organizationId(), id, request.leftId(), request.rightId(), verdict);
    // Echo only the caller's own record id: the partner's id is the partner's business.
    return new FeedbackView(id, pair.leftId().equals(request.leftId()) ? pair.leftId() : null,
        pair.rightId().equals(request.rightId()) ? pair.rightId() : null, verdict.wire(),
        "Recorded; the next run of this partnership honours it.");
  }

  record FeedbackRequest(String leftId, String rightId, String verdict) {}

  record FeedbackView(String jobId, String leftId, String rightId, String verdict, String note) {}
}
