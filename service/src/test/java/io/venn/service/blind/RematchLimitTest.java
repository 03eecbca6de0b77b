package io.venn.service.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.venn.service.audit.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RematchLimitTest {
  private final RematchLimit limit = new RematchLimit(2, mock(AuditLog.class));
  private final Instant now = Instant.now();

  private RematchLimit.Run run(Duration ago, String version) {
    return new RematchLimit.Run(now.minus(ago), version);
  }

  @Test
  void check_sameListsAgain_allowedAtTheLimit() {
    List<RematchLimit.Run> past = List.of(run(Duration.ofHours(3), "a|b"), run(Duration.ofHours(2), "a|c"));
    assertThatCode(() -> limit.check("p", "o", past, "a|c")).doesNotThrowAnyException();
  }

  @Test
  void check_newVersionBeyondTheLimit_refusedUntilTheOldestLeavesTheWindow() {
    List<RematchLimit.Run> past = List.of(run(Duration.ofHours(5), "a|b"), run(Duration.ofHours(3), "a|b"), run(Duration.ofHours(2), "a|c"));
    assertThatThrownBy(() -> limit.check("p", "o", past, "a|d"))
        .isInstanceOfSatisfying(TooManyJobsException.class, e -> {
          assertThat(e.retryAfter()).isBetween(Duration.ofHours(20).plusMinutes(59), Duration.ofHours(21));
          assertThat(e.getMessage()).contains("2 different versions of its lists in the last 24 hours");
        });
  }

  @Test
  void check_runsOlderThanADay_notCounted() {
    List<RematchLimit.Run> past = List.of(run(Duration.ofHours(30), "a|b"), run(Duration.ofHours(25), "a|c"), run(Duration.ofHours(1), "a|d"));
    assertThatCode(() -> limit.check("p", "o", past, "a|e")).doesNotThrowAnyException();
  }
}
