package io.venn.service.job;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.venn.service.system.VennProperties;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The heartbeat's verdicts on a lease: renewed, retried, gone with its job, or lost. */
class LeasedQueueTest {
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(LeasedQueue.class);
  private final AtomicBoolean finished = new AtomicBoolean();
  private RuntimeException renewFails;
  private boolean renewAnswer = true;

  @BeforeEach
  void capture() {
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void release() {
    logger.detachAppender(logs);
  }

  private LeasedQueue<String> queue(Consumer<LeasedQueue<String>> whileRunning) {
    LeasedQueue.Table table = new LeasedQueue.Table() {
      @Override
      public int releaseInstance(String instance) {
        return 0;
      }

      @Override
      public List<String> claimable(Instant now, int max) {
        return List.of();
      }

      @Override
      public boolean claim(String id, Lease lease, Instant now) {
        return true;
      }

      @Override
      public boolean renew(String id, Lease lease, Instant now) {
        if (renewFails != null) {
          throw renewFails;
        }
        return renewAnswer;
      }
    };
    LeasedQueue<String>[] self = new LeasedQueue[1];
    self[0] = new LeasedQueue<>("Job", table, id -> finished.get() ? Optional.empty() : Optional.of(id),
        job -> whileRunning.accept(self[0]), null, properties());
    return self[0];
  }

  private static VennProperties properties() {
    return TestProperties.withJobThreads(2);
  }

  private List<ILoggingEvent> warnings() {
    return logs.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
  }

  @Test
  void heartbeat_renewsTheLeaseOfARunningJob() {
    boolean[] held = new boolean[1];
    queue(q -> {
      q.heartbeat();
      held[0] = q.holds("j1");
    }).run("j1");
    assertThat(held[0]).isTrue();
    assertThat(warnings()).isEmpty();
  }

  @Test
  void heartbeat_renewalThatFails_isRetriedNotCountedAsLost() {
    renewFails = new IllegalStateException("Timeout trying to lock table JOBS");
    boolean[] held = new boolean[1];
    queue(q -> {
      q.heartbeat();
      held[0] = q.holds("j1");
    }).run("j1");
    assertThat(held[0]).as("still this process's job: the next beat tries again").isTrue();
    assertThat(warnings()).isEmpty();
  }

  @Test
  void heartbeat_jobThatFinishedMeanwhile_isNoLostLease() {
    renewAnswer = false; // the row is SUCCEEDED now: nothing to renew
    queue(q -> {
      finished.set(true);
      q.heartbeat();
    }).run("j1");
    assertThat(warnings()).isEmpty();
  }

  @Test
  void heartbeat_leaseTakenByAnotherInstance_isLostAndSaidSo() {
    renewAnswer = false;
    boolean[] held = new boolean[1];
    queue(q -> {
      q.heartbeat();
      held[0] = q.holds("j1");
    }).run("j1");
    assertThat(held[0]).isFalse();
    assertThat(warnings()).singleElement().extracting(ILoggingEvent::getFormattedMessage)
        .isEqualTo("Job j1: lease lost to another instance; its result here will be dropped");
  }
}
