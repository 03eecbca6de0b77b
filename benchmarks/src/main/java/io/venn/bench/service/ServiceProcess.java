package io.venn.bench.service;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Venn service jar in a child JVM on loopback, with a fixed heap and a fresh H2 file, so the
 * figures a harness reports (time, peak resident memory) are that process's alone.
 */
public final class ServiceProcess implements AutoCloseable {
  private final Process process;
  private final String base;
  private final PeakMemory memory;

  private ServiceProcess(Process process, String base) {
    this.process = process;
    this.base = base;
    this.memory = PeakMemory.watch(process.pid());
  }

  /**
   * Starts the jar and waits until it answers its health check.
   *
   * @param heap the child's {@code -Xmx}, e.g. {@code 2g}
   * @param log where the service's output goes
   * @param settings extra {@code --key=value} settings
   */
  public static ServiceProcess start(Path jar, String heap, Path log, List<String> settings) throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException(jar + " not found: build it with mvn -q -B -pl service -am package -DskipTests");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path data = Files.createTempDirectory("venn-bench-db");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-jar", jar.toString(),
        "--server.port=" + port, "--server.address=127.0.0.1",
        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("venn") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
    command.addAll(settings);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ServiceProcess service = new ServiceProcess(p, "http://127.0.0.1:" + port);
    service.awaitHealthy(Duration.ofSeconds(180), log);
    return service;
  }

  public String base() {
    return base;
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** The peak resident memory of the process so far, in KiB (Linux; 0 elsewhere). */
  public long peakRssKb() {
    return memory.peakKb();
  }

  private void awaitHealthy(Duration max, Path log) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited during startup; see " + log);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("UP")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException("the service did not become healthy within " + max + "; see " + log);
  }

  @Override
  public void close() throws InterruptedException {
    memory.stop();
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
