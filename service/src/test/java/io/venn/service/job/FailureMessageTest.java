package io.venn.service.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Both partners read a failed job's error: it names the job, never what the exception carried. */
class FailureMessageTest {
  @Test
  void of_keepsTheExceptionsWordsOut() {
    String listId = "5f3c9a2e-partner-list";
    RuntimeException e = new IllegalStateException("reading list " + listId + ": the list announced 1000000 records but handed over 999998");
    String message = FailureMessage.of("job-7", e);
    assertThat(message).contains("job-7").doesNotContain(listId).doesNotContain("1000000").doesNotContain("999998");
  }

  @Test
  void of_outOfMemory_saysWhatAnOperatorCanDo() {
    assertThat(FailureMessage.of("job-7", new OutOfMemoryError("Java heap space")))
        .contains("did not fit", "-Xmx", "venn.jobs.threads", "job-7");
  }
}
