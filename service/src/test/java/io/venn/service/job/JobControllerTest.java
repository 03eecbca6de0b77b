package io.venn.service.job;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.venn.service.organization.ApiKeyAuthenticator;
import io.venn.service.system.BusyException;
import io.venn.service.system.Caller;
import io.venn.service.system.ConflictException;
import io.venn.service.system.NotFoundException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Controller details: status codes, the job JSON shape, and problem details for service errors. */
@WebMvcTest(JobController.class)
class JobControllerTest {
  private static final String KEY = "venn_test";
  @Autowired MockMvc mvc;
  @MockitoBean JobService jobs;
  @MockitoBean VisibleMatches visible;
  @MockitoBean ApiKeyAuthenticator authenticator;

  @BeforeEach
  void authenticate() {
    when(authenticator.authenticate(anyString())).thenReturn(Optional.empty());
    when(authenticator.authenticate(KEY)).thenReturn(Optional.of(new Caller("org-1", "Acme")));
  }

  private static Job queued() {
    return new Job("job-1", "p-1", "org-1", JobStatus.QUEUED, 0, null, null, "l", "r", null, Instant.EPOCH, null, null);
  }

  @Test
  void request_is202WithQueuedJob() throws Exception {
    when(jobs.request("org-1", "p-1")).thenReturn(queued());
    mvc.perform(post("/api/v1/partnerships/p-1/jobs").header("Authorization", "Bearer " + KEY))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.id").value("job-1"))
        .andExpect(jsonPath("$.status").value("QUEUED"))
        .andExpect(jsonPath("$.progress").value(0.0))
        .andExpect(jsonPath("$.error").doesNotExist());
  }

  @Test
  void request_conflictIs409ProblemDetail() throws Exception {
    when(jobs.request("org-1", "p-1")).thenThrow(new ConflictException("Your partner has not chosen a list."));
    mvc.perform(post("/api/v1/partnerships/p-1/jobs").header("Authorization", "Bearer " + KEY))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Your partner has not chosen a list."));
  }

  @Test
  void busyIs503ProblemDetailWithRetryAfter() throws Exception {
    // What a drill-down's evidence answers while another is being worked out (Admission).
    when(jobs.require("org-1", "job-1")).thenThrow(new BusyException("Another drill-down's evidence is being worked out; try again in a minute."));
    mvc.perform(get("/api/v1/jobs/job-1").header("Authorization", "Bearer " + KEY))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "60"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Busy"))
        .andExpect(jsonPath("$.detail").value("Another drill-down's evidence is being worked out; try again in a minute."));
  }

  @Test
  void get_failedJobShowsError() throws Exception {
    Job failed =
        new Job("job-1", "p-1", "org-1", JobStatus.FAILED, 0.4, "score", "Matching failed: boom", "l", "r", null,
            Instant.EPOCH, Instant.EPOCH, Instant.EPOCH);
    when(jobs.require(eq("org-1"), eq("job-1"))).thenReturn(new JobService.VisibleJob(failed, null));
    mvc.perform(get("/api/v1/jobs/job-1").header("Authorization", "Bearer " + KEY))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("FAILED"))
        .andExpect(jsonPath("$.error").value("Matching failed: boom"));
  }

  @Test
  void get_unknownIs404_noKeyIs401() throws Exception {
    when(jobs.require("org-1", "nope")).thenThrow(new NotFoundException("You have no job with id nope."));
    mvc.perform(get("/api/v1/jobs/nope").header("Authorization", "Bearer " + KEY))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("You have no job with id nope."));
    mvc.perform(get("/api/v1/jobs/nope")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/jobs/nope").header("Authorization", "Bearer venn_other")).andExpect(status().isUnauthorized());
  }
}
