package io.venn.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.bench.service.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throws generated hostile CSVs, multipart bodies and JSON/query requests ({@link HostileInputs}) at
 * a running Venn service on loopback and reports server errors (5xx), hangs (no answer within the
 * timeout), partial stores (a refused upload that left a list, or a stored one whose counts do not
 * add up) and the service's peak memory. It starts the service jar itself, with a fresh H2 file and
 * a fixed heap, so the peak resident memory is that process's.
 *
 * <p>Run from the repository root (a few minutes on 2 cores):
 *
 * <pre>
 * mvn -q -B -pl service,benchmarks -am package -DskipTests
 * java -cp benchmarks/target/venn-benchmarks.jar io.venn.bench.fuzz.FuzzService --inputs 10000
 * </pre>
 *
 * Options: {@code --jar service/target/venn-service.jar --inputs 10000 --seed 11 --threads 2
 * --timeout 30 --heap 512m --out <tmp>/venn-fuzz --minutes 60}. Exit status 1 when any 5xx, hang or
 * partial store was seen.
 */
public final class FuzzService {
  private final FuzzOptions options;
  private final FuzzClient client;
  private final FuzzTally tally = new FuzzTally();

  private FuzzService(FuzzOptions options, FuzzClient client) {
    this.options = options;
    this.client = client;
  }

  public static void main(String[] args) throws Exception {
    FuzzOptions options = FuzzOptions.parse(args);
    Files.createDirectories(options.out());
    int exit;
    try (ServiceProcess service =
        ServiceProcess.start(options.jar(), options.heap(), options.out().resolve("service.log"), List.of(
            // The rate limits would answer most of this flood with 429; they are tested on their own (LimitsIT).
            "--venn.limits.requests-per-minute=0", "--venn.limits.failed-sign-ins-per-minute=0",
            "--logging.level.root=WARN", "--logging.level.io.venn=ERROR"))) {
      FuzzClient client = new FuzzClient(service.base(), Duration.ofSeconds(options.timeoutSeconds()));
      exit = new FuzzService(options, client).run(service);
    }
    System.exit(exit);
  }

  private int run(ServiceProcess service) throws Exception {
    HostileInputs.Targets targets = client.setUpTargets();
    long start = System.nanoTime();
    ExecutorService workers = Executors.newFixedThreadPool(options.threads());
    AtomicInteger next = new AtomicInteger();
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int t = 0; t < options.threads(); t++) {
      long seed = options.seed() * 31 + t;
      long deadline = start + TimeUnit.MINUTES.toNanos(options.minutes());
      done.add(workers.submit(() -> work(new HostileInputs(seed, targets), next, deadline)));
    }
    for (var f : done) {
      f.get();
    }
    workers.shutdown();
    boolean alive = service.alive() && client.healthy();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println(tally.report(options, seconds, service.peakRssKb(), alive));
    return tally.clean() && alive ? 0 : 1;
  }

  private Void work(HostileInputs inputs, AtomicInteger next, long deadline) throws Exception {
    String key = client.signUp("Fuzz uploader " + Thread.currentThread().getName());
    int n;
    while ((n = next.getAndIncrement()) < options.inputs() && System.nanoTime() < deadline) {
      if (n % 500 == 0) {
        System.err.printf("fuzz: %,d inputs sent%n", n);
      }
      HostileInputs.Case c = inputs.next();
      String caseKey = c.upload() ? key : client.targetKey();
      int before = c.upload() ? client.listCount(key) : 0;
      FuzzClient.Answer answer = client.send(caseKey, c);
      String partial = c.upload() ? client.partialStore(key, before, answer) : null;
      tally.count(c, answer, partial, options.out());
    }
    return null;
  }

  /** The HTTP side: setup, sending a case, and the partial-store check. */
  static final class FuzzClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Duration timeout;
    private String targetKey;

    record Answer(int status, String body, boolean hang, String error) {}

    FuzzClient(String base, Duration timeout) {
      this.base = base;
      this.timeout = timeout;
    }

    boolean healthy() {
      Answer a = send(null, "GET", "/actuator/health", null, null);
      return a.status() == 200 && a.body().contains("UP");
    }

    String targetKey() {
      return targetKey;
    }

    /** Two organizations, their lists, an active partnership and a finished job for the API cases to aim at. */
    HostileInputs.Targets setUpTargets() throws IOException {
      targetKey = signUp("Fuzz target");
      String partnerKey = signUp("Fuzz partner");
      String partnerId = json(send(partnerKey, "GET", "/api/v1/organizations/me", null, null)).path("id").asText();
      String list = upload(targetKey, sample("Acme"));
      String partnerList = upload(partnerKey, sample("Acme"));
      String p = json(send(targetKey, "POST", "/api/v1/partnerships", "application/json", "{\"partnerId\":\"" + partnerId + "\"}")).path("id").asText();
      send(partnerKey, "POST", "/api/v1/partnerships/" + p + "/accept", null, null);
      send(targetKey, "PUT", "/api/v1/partnerships/" + p + "/list", "application/json", "{\"listId\":\"" + list + "\"}");
      send(partnerKey, "PUT", "/api/v1/partnerships/" + p + "/list", "application/json", "{\"listId\":\"" + partnerList + "\"}");
      String job = json(send(targetKey, "POST", "/api/v1/partnerships/" + p + "/jobs", null, null)).path("id").asText();
      return new HostileInputs.Targets(p, job, list);
    }

    String signUp(String name) throws IOException {
      return json(send(null, "POST", "/api/v1/organizations", "application/json", "{\"name\":\"" + name + "\"}")).path("apiKey").asText();
    }

    int listCount(String key) throws IOException {
      return json(send(key, "GET", "/api/v1/lists", null, null)).size();
    }

    /**
     * @return a description of the partial store, or null: a refused upload must leave the list count
     *     unchanged; a stored one must add one list whose stored counts are the ones reported
     */
    String partialStore(String key, int before, Answer answer) throws IOException {
      int after = listCount(key);
      if (answer.status() != 201) {
        return after == before ? null : "refused with " + answer.status() + " but the list count went " + before + " -> " + after;
      }
      JsonNode reported = json(answer);
      JsonNode stored = json(send(key, "GET", "/api/v1/lists/" + reported.path("id").asText(), null, null));
      long rows = stored.path("rows").asLong();
      boolean consistent =
          after == before + 1 && stored.path("accepted").equals(reported.path("accepted"))
              && rows == stored.path("accepted").asLong() + stored.path("rejectedCount").asLong();
      return consistent ? null : "stored list differs from the report: " + stored + " vs " + reported;
    }

    Answer send(String key, HostileInputs.Case c) {
      return send(key, c.method(), c.path(), c.contentType(), c.body());
    }

    Answer send(String key, String method, String path, String contentType, Object body) {
      try {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        if (key != null) {
          b.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
          b.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher =
            body == null ? HttpRequest.BodyPublishers.noBody()
                : body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : HttpRequest.BodyPublishers.ofString(body.toString());
        HttpResponse<String> r = http.send(b.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), false, null);
      } catch (HttpTimeoutException e) {
        return new Answer(0, "", true, e.toString());
      } catch (IllegalArgumentException e) {
        return new Answer(-1, "", false, "not sendable: " + e.getMessage()); // e.g. a URI the client refuses
      } catch (IOException e) {
        return new Answer(0, "", false, e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private String upload(String key, String csv) throws IOException {
      return json(send(key, "POST", "/api/v1/lists?name=fuzz-target.csv", "text/csv", csv)).path("id").asText();
    }

    private static String sample(String prefix) {
      StringBuilder s = new StringBuilder("Account ID,Account Name,Website,Type\n");
      String[] pops = {"Customers", "Prospects", "Partners"};
      for (int i = 0; i < 30; i++) {
        s.append(prefix).append(i).append(",Company ").append(i).append(" GmbH,company").append(i).append(".de,").append(pops[i % 3]).append('\n');
      }
      return s.toString();
    }

    private static JsonNode json(Answer a) throws IOException {
      return JSON.readTree(a.body().isEmpty() ? "{}" : a.body());
    }
  }

  /** Everything counted, and the report. */
  static final class FuzzTally {
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private int serverErrors;
    private int hangs;
    private int partialStores;
    private int transportErrors;
    private int notSendable;
    private int saved;

    synchronized void count(HostileInputs.Case c, FuzzClient.Answer a, String partial, Path out) throws IOException {
      statuses.computeIfAbsent(c.kind(), k -> new TreeMap<>()).merge(a.status(), 1, Integer::sum);
      boolean bad = a.status() >= 500 || a.hang() || partial != null || (a.status() == 0 && !a.hang());
      serverErrors += a.status() >= 500 ? 1 : 0;
      hangs += a.hang() ? 1 : 0;
      partialStores += partial != null ? 1 : 0;
      transportErrors += a.status() == 0 && !a.hang() ? 1 : 0;
      notSendable += a.status() == -1 ? 1 : 0;
      if (bad && saved < 50) {
        saved++;
        Files.write(out.resolve("failure-" + saved + ".body"), c.body() == null ? new byte[0] : c.body());
        Files.writeString(out.resolve("failure-" + saved + ".txt"),
            c.method() + " " + c.path() + "\n" + c.contentType() + "\n" + a.status() + " " + a.error() + "\n" + partial + "\n" + a.body());
      }
    }

    synchronized boolean clean() {
      return serverErrors == 0 && hangs == 0 && partialStores == 0 && transportErrors == 0;
    }

    synchronized String report(FuzzOptions o, double seconds, long peakKb, boolean alive) {
      int total = statuses.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
      StringBuilder s = new StringBuilder();
      s.append(String.format("| inputs | 5xx | hangs (> %d s) | partial stores | connection errors | peak RSS | service alive after | time |%n", o.timeoutSeconds()));
      s.append("|---|---|---|---|---|---|---|---|\n");
      s.append(String.format("| %,d | %d | %d | %d | %d | %,d MB (-Xmx%s) | %s | %.0f s |%n",
          total, serverErrors, hangs, partialStores, transportErrors, peakKb / 1024, o.heap(), alive ? "yes" : "NO", seconds));
      s.append("\nStatus codes by kind of input (-1: the HTTP client refused to send it):\n\n");
      statuses.forEach((kind, m) -> s.append("- ").append(kind).append(": ").append(m).append('\n'));
      s.append(String.format("%nseed %d, %d threads; failing samples (if any) in %s%n", o.seed(), o.threads(), o.out()));
      return s.toString();
    }
  }
}
