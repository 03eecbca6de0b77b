package io.venn.service.job;

import io.venn.service.system.VennProperties;
import java.time.Duration;

/** The service's settings as a test builds them: the defaults, with the job threads chosen. */
final class TestProperties {
  private TestProperties() {}

  static VennProperties withJobThreads(int threads) {
    return new VennProperties(new VennProperties.Signup(true), "", 3, false,
        new VennProperties.Jobs(threads, 100, 0, 5, "test", Duration.ofSeconds(60), Duration.ofSeconds(2)),
        new VennProperties.Cache(10, 16), new VennProperties.Overlaps(50, 1000),
        new VennProperties.Limits(100, 200, 1 << 20, 10_000, 1200, 20));
  }
}
