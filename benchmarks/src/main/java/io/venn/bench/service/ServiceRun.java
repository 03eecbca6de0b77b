package io.venn.bench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.bench.Datasets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the service as its users meet it, each run in a fresh service JVM with a fixed heap:
 *
 * <ul>
 *   <li><b>demo</b>: the service with {@code --venn.demo=true}; the demo's first job (run at
 *       start-up, cold) and then {@code --demo-jobs} further jobs on the same partnership, each from
 *       creation to SUCCEEDED as the job itself records it;
 *   <li><b>scale</b>: for each size, two generated lists (the scale benchmark's generator) uploaded as
 *       raw {@code text/csv} bodies, a partnership, one job, the matrix read: upload, job and matrix
 *       times and the service's peak resident memory. A job that fails (e.g. out of memory) is
 *       reported with its error, not hidden.
 * </ul>
 *
 * <pre>
 * mvn -q -B -pl service,benchmarks -am package -DskipTests
 * java -cp benchmarks/target/venn-benchmarks.jar io.venn.bench.service.ServiceRun --heap 2g --sizes 100000
 * </pre>
 *
 * Options: {@code --jar service/target/venn-service.jar --heap 2g --sizes 100000,1000000
 * --demo-jobs 10 --work <tmp>/venn-service-run --timeout-minutes 30}; {@code --sizes none} runs only
 * the demo, {@code --demo-jobs 0} only the sizes.
 */
public final class ServiceRun {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEMO_KEY = "venn_demo_northwind_PUBLIC_demo_key_do_not_use";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private String base;

  public static void main(String[] args) throws Exception {
    Path jar = Path.of("service/target/venn-service.jar");
    String heap = "2g";
    List<Integer> sizes = List.of(100_000);
    int demoJobs = 10;
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "venn-service-run");
    long timeoutMinutes = 30;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--jar" -> jar = Path.of(required(args[i], value));
        case "--heap" -> heap = required(args[i], value);
        case "--sizes" -> sizes = "none".equals(value) ? List.of() : Arrays.stream(required(args[i], value).split(","))
            .map(s -> Integer.parseInt(s.replace("_", "").trim())).toList();
        case "--demo-jobs" -> demoJobs = Integer.parseInt(required(args[i], value));
        case "--work" -> work = Path.of(required(args[i], value));
        case "--timeout-minutes" -> timeoutMinutes = Long.parseLong(required(args[i], value));
        default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see the class comment)");
      }
      i++;
    }
    Files.createDirectories(work);
    ServiceRun run = new ServiceRun();
    System.out.printf("Service runs: %s, -Xmx%s, on %d cores%n", jar, heap, Runtime.getRuntime().availableProcessors());
    if (demoJobs > 0) {
      run.demo(jar, heap, work, demoJobs);
    }
    for (int size : sizes) {
      run.scale(jar, heap, work, size, Duration.ofMinutes(timeoutMinutes));
    }
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private void demo(Path jar, String heap, Path work, int jobs) throws Exception {
    try (ServiceProcess service = ServiceProcess.start(jar, heap, work.resolve("demo-service.log"), List.of("--venn.demo=true"))) {
      base = service.base();
      JsonNode partnerships = awaitDemoSeeded();
      String partnership = partnerships.get(0).path("id").asText();
      String first = latestJob(partnership);
      JsonNode firstJob = await(DEMO_KEY, first, Duration.ofMinutes(2));
      List<Double> warm = new ArrayList<>();
      for (int i = 0; i < jobs; i++) {
        String id = post(DEMO_KEY, "/api/v1/partnerships/" + partnership + "/jobs", null).path("id").asText();
        warm.add(seconds(await(DEMO_KEY, id, Duration.ofMinutes(2))));
      }
      double[] sorted = warm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf("demo job (%d x %d records, %d matches): first (cold, at start-up) %.2f s; next %d jobs: median %.2f s, max %.2f s;"
              + " peak RSS %,d MiB%n",
          firstJob.path("leftRecords").asInt(360), firstJob.path("rightRecords").asInt(360), firstJob.path("matches").asInt(),
          seconds(firstJob), jobs, sorted[sorted.length / 2], sorted[sorted.length - 1], service.peakRssKb() / 1024);
    }
  }

  /** The demo organizations are seeded just after the server starts answering. */
  private JsonNode awaitDemoSeeded() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (true) {
      try {
        return get(DEMO_KEY, "/api/v1/partnerships");
      } catch (IllegalStateException notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(100);
      }
    }
  }

  private String latestJob(String partnership) throws IOException, InterruptedException {
    JsonNode jobs = get(DEMO_KEY, "/api/v1/partnerships/" + partnership + "/jobs");
    if (!jobs.isArray() || jobs.isEmpty()) {
      throw new IllegalStateException("the demo partnership has no job: " + jobs);
    }
    return jobs.get(0).path("id").asText();
  }

  private void scale(Path jar, String heap, Path work, int size, Duration timeout) throws Exception {
    Datasets.Dataset data = Datasets.create(work, size, 42);
    try (ServiceProcess service = ServiceProcess.start(jar, heap, work.resolve("service-" + size + ".log"),
        List.of("--venn.limits.requests-per-minute=0"))) {
      base = service.base();
      String acme = post(null, "/api/v1/organizations", "{\"name\":\"Acme\"}").path("apiKey").asText();
      JsonNode globexOrg = post(null, "/api/v1/organizations", "{\"name\":\"Globex\"}");
      String globex = globexOrg.path("apiKey").asText();
      long t0 = System.nanoTime();
      String left = upload(acme, data.left());
      double uploadLeft = since(t0);
      t0 = System.nanoTime();
      String right = upload(globex, data.right());
      double uploadRight = since(t0);
      String p = post(acme, "/api/v1/partnerships", "{\"partnerId\":\"" + globexOrg.path("id").asText() + "\"}").path("id").asText();
      post(globex, "/api/v1/partnerships/" + p + "/accept", null);
      put(acme, "/api/v1/partnerships/" + p + "/list", "{\"listId\":\"" + left + "\"}");
      put(globex, "/api/v1/partnerships/" + p + "/list", "{\"listId\":\"" + right + "\"}");
      t0 = System.nanoTime();
      String job = post(acme, "/api/v1/partnerships/" + p + "/jobs", null).path("id").asText();
      Finished finished = awaitTimed(acme, job, timeout);
      JsonNode done = finished.job();
      double jobWall = since(t0);
      boolean succeeded = done.path("status").asText().equals("SUCCEEDED");
      t0 = System.nanoTime();
      JsonNode matrix = succeeded ? get(acme, "/api/v1/jobs/" + job + "/matrix") : JSON.nullNode();
      double matrixSeconds = succeeded ? since(t0) : Double.NaN;
      DrillDown drill = succeeded ? drillDown(acme, globex, p, job) : new DrillDown(Double.NaN, 0, Double.NaN);
      System.out.printf("%,d x %,d through the service: upload %.1f s + %.1f s; job %s in %.1f s (%.1f s by the job's clock, %,d matches,"
              + " %d matrix cells); first GET of the finished job %.2f s; matrix read %.2f s; first overlaps page %.2f s;"
              + " evidence of its %d records %.2f s; peak RSS %,d MiB%s%n",
          size, size, uploadLeft, uploadRight, done.path("status").asText(), jobWall, seconds(done), done.path("matches").asInt(),
          matrix.path("cells").size(), finished.getSeconds(), matrixSeconds, drill.overlapsSeconds(), drill.evidenceRecords(),
          drill.evidenceSeconds(), service.peakRssKb() / 1024, done.has("error") ? "; error: " + done.path("error").asText() : "");
    }
  }

  private record DrillDown(double overlapsSeconds, int evidenceRecords, double evidenceSeconds) {}

  /**
   * What an analyst does next: Globex shares names and websites of every overlap, Acme opens the
   * first page of its overlaps and asks why its 50 records matched (the evidence).
   */
  private DrillDown drillDown(String acme, String globex, String partnership, String job) throws IOException, InterruptedException {
    put(globex, "/api/v1/partnerships/" + partnership + "/sharing", "{\"default\":{\"level\":\"OVERLAPS\",\"fields\":[\"name\",\"domain\"]}}");
    long t0 = System.nanoTime();
    JsonNode page = get(acme, "/api/v1/jobs/" + job + "/overlaps?size=50");
    double overlapsSeconds = since(t0);
    StringBuilder query = new StringBuilder();
    for (JsonNode row : page) {
      query.append(query.length() == 0 ? '?' : '&').append("mine=")
          .append(java.net.URLEncoder.encode(row.path("mine").path("id").asText(), java.nio.charset.StandardCharsets.UTF_8));
    }
    t0 = System.nanoTime();
    JsonNode evidence = get(acme, "/api/v1/jobs/" + job + "/evidence" + query);
    return new DrillDown(overlapsSeconds, evidence.size(), since(t0));
  }

  private static double seconds(JsonNode job) {
    if (!job.hasNonNull("createdAt") || !job.hasNonNull("finishedAt")) {
      return Double.NaN;
    }
    return Duration.between(Instant.parse(job.path("createdAt").asText()), Instant.parse(job.path("finishedAt").asText())).toMillis() / 1000.0;
  }

  private static double since(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private JsonNode await(String key, String job, Duration timeout) throws IOException, InterruptedException {
    return awaitTimed(key, job, timeout).job();
  }

  /**
   * The finished job and how long the GET that first saw it finished took: that GET builds the
   * caller's view (its {@code matches} count), the latency a user polling the job meets.
   */
  private Finished awaitTimed(String key, String job, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long t0 = System.nanoTime();
      JsonNode j = get(key, "/api/v1/jobs/" + job);
      String status = j.path("status").asText();
      if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
        return new Finished(j, since(t0));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("job " + job + " still " + status + " after " + timeout);
      }
      Thread.sleep(50);
    }
  }

  private record Finished(JsonNode job, double getSeconds) {}

  private String upload(String key, Path csv) throws IOException, InterruptedException {
    HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/v1/lists?name=" + csv.getFileName()))
        .header("Authorization", "Bearer " + key).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofFile(csv)).build();
    return check(http.send(r, HttpResponse.BodyHandlers.ofString()), "upload " + csv).path("id").asText();
  }

  private JsonNode get(String key, String path) throws IOException, InterruptedException {
    return send(key, "GET", path, null);
  }

  private JsonNode post(String key, String path, String json) throws IOException, InterruptedException {
    return send(key, "POST", path, json);
  }

  private JsonNode put(String key, String path, String json) throws IOException, InterruptedException {
    return send(key, "PUT", path, json);
  }

  private JsonNode send(String key, String method, String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return check(http.send(b.build(), HttpResponse.BodyHandlers.ofString()), method + " " + path);
  }

  private static JsonNode check(HttpResponse<String> r, String what) throws IOException {
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.body());
    }
    return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
  }
}
