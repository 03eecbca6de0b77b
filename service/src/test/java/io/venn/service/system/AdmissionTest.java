package io.venn.service.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AdmissionTest {
  @Test
  void aSecondCallerWaitsItsTurnThenIsToldTheServiceIsBusy() throws Exception {
    Admission admission = new Admission(1, Duration.ofMillis(100), "Busy explaining; try again in a minute.");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch leave = new CountDownLatch(1);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<String> first = other.submit(() -> admission.call(() -> {
        inside.countDown();
        await(leave);
        return "first";
      }));
      inside.await();

      assertThatThrownBy(() -> admission.call(() -> "second"))
          .isInstanceOf(BusyException.class).hasMessage("Busy explaining; try again in a minute.");

      leave.countDown();
      assertThat(first.get()).isEqualTo("first");
      assertThat(admission.call(() -> "third")).isEqualTo("third"); // the permit came back
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void aFailingCallGivesItsPermitBack() {
    Admission admission = new Admission(1, Duration.ofMillis(100), "busy");
    assertThatThrownBy(() -> admission.call(() -> {
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(admission.call(() -> "next")).isEqualTo("next");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
