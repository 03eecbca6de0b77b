package io.venn.service.support;

import io.venn.service.VennServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole service instances that a test starts and closes itself: a restart over the same database, or
 * a job left hanging until the shutdown interrupts it, as a killed process would leave it.
 */
public final class Instances {
  private Instances() {}

  /**
   * Starts the service on a free port over the H2 database {@code db}, with {@code extra}
   * configurations (test beans replacing real ones).
   */
  public static ConfigurableApplicationContext start(String db, Class<?>... extra) {
    Class<?>[] sources = new Class<?>[extra.length + 1];
    sources[0] = VennServiceApplication.class;
    System.arraycopy(extra, 0, sources, 1, extra.length);
    return new SpringApplicationBuilder(sources)
        // Command-line arguments: they override application.properties, default properties do not.
        .run("--server.port=0", "--spring.datasource.url=" + db, "--venn.min-cell-count=2");
  }

  public static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /**
   * For a matcher standing in for a match still running at shutdown: returns only once the thread is
   * interrupted (the job executor's shutdown), with the interrupt flag set again.
   */
  public static void hangUntilInterrupted() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
