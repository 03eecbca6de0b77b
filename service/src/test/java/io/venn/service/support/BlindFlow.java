package io.venn.service.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.venn.cli.VennCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Blind mode as the two companies run it: the CLI on each company's machine (its own folder), the
 * service over real HTTP in between. Also makes the test lists: synthetic companies with names,
 * domains, cities, phones, owners and ids that appear nowhere else, so a scan can look for them.
 */
public final class BlindFlow {
  private final Api api;

  public BlindFlow(Api api) {
    this.api = api;
  }

  /** One input record, with every value a scan must not find outside the company's machine. */
  public record Company(String id, String name, String domain, String city, String phone, String owner, String country, String population) {
    String csv() {
      return String.join(",", id, name, domain, city, phone, owner, country, population);
    }

    public List<String> secrets() {
      List<String> out = new ArrayList<>(List.of(id, name, domain, city, phone, owner, phone.replaceAll("\\D", "")));
      for (String word : (name + " " + owner).split(" ")) {
        if (word.length() >= 8) { // shorter strings turn up by chance in kilobytes of base64
          out.add(word);
        }
      }
      return out;
    }
  }

  private static final String[] CITIES = {"Ouagadougou", "Tallahassee", "Valparaiso", "Kaohsiung", "Trondheim", "Gaziantep",
      "Bucaramanga", "Antananarivo", "Chattanooga", "Zamboanga", "Wollongong", "Kisangani"};
  private static final String[] SECTORS = {"Logistics", "Biotech", "Foundry", "Analytics", "Textiles", "Aerospace", "Robotics"};

  /** A pseudo-word: alternating consonants and vowels, unlike any real word or any other generated one. */
  private static String word(Random random, int length) {
    String consonants = "bcdfghjklmnprstvz";
    String vowels = "aeiou";
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String from = i % 2 == 0 ? consonants : vowels;
      w.append(from.charAt(random.nextInt(from.length())));
    }
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** A company no other generated one resembles. */
  public static Company company(Random random, String idPrefix, int i, String population) {
    String a = word(random, 9);
    String b = word(random, 8);
    return new Company(idPrefix + "-" + (100000 + i), a + " " + b + " " + SECTORS[random.nextInt(SECTORS.length)],
        (a + b).toLowerCase() + ".com", CITIES[random.nextInt(CITIES.length)], "+44 20 79" + (100000 + random.nextInt(900000)),
        word(random, 8) + " " + word(random, 9), "GB", population);
  }

  /** The same company in the partner's list: its own id, owner and population. */
  public static Company sameCompany(Company c, Random random, String idPrefix, int i, String population) {
    return new Company(idPrefix + "-" + (100000 + i), c.name(), c.domain(), c.city(), c.phone(), word(random, 8) + " " + word(random, 9),
        c.country(), population);
  }

  public static String csv(List<Company> companies) {
    StringBuilder s = new StringBuilder("Account ID,Account Name,Website,Billing City,Phone,Account Owner,Billing Country,Type\n");
    companies.forEach(c -> s.append(c.csv()).append('\n'));
    return s.toString();
  }

  /** One company's machine: its folder, where its keys, secret, lists and views stay. */
  public record Machine(Scenario.Org org, Path dir) {
    public Path file(String name) {
      return dir.resolve(name);
    }
  }

  public static Machine machine(Scenario.Org org) {
    try {
      return new Machine(org, Files.createTempDirectory("venn-machine-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the venn CLI; fails the test unless it succeeds. */
  public static String cli(Object... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] argv = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      argv[i] = args[i].toString();
    }
    int code = VennCli.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as("venn %s: %s", String.join(" ", argv), err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** keygen on the machine, then registers the public key with the partnership. */
  public void keygenAndRegister(Machine m, String partnershipId) throws IOException {
    cli("keygen", "--out", m.file("mine"));
    Api.Response r = api.put(m.org().key(), "/api/v1/partnerships/" + partnershipId + "/blind/key",
        Map.of("publicKey", Files.readString(m.file("mine.pub")).strip()));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  /** Both machines make key pairs, register the public keys and derive the partnership secret. */
  public void agreeSecret(String partnershipId, Machine a, Machine b) throws IOException {
    keygenAndRegister(a, partnershipId);
    keygenAndRegister(b, partnershipId);
    secret(a, partnershipId);
    secret(b, partnershipId);
  }

  /** Fetches the partner's public key from the service and derives the secret on the machine. */
  public void secret(Machine m, String partnershipId) throws IOException {
    Api.Response keys = api.get(m.org().key(), "/api/v1/partnerships/" + partnershipId + "/blind/key");
    assertThat(keys.status()).as(keys.toString()).isEqualTo(200);
    Files.writeString(m.file("partner.pub"), keys.text("partnerPublicKey"));
    cli("secret", "--mine", m.file("mine.key"), "--theirs", m.file("partner.pub"), "--partnership", partnershipId,
        "--out", m.file("partnership.secret"));
  }

  /** Downloads the job descriptor to the machine, encodes the list under its nonce and uploads it. */
  public Api.Response encodeAndUpload(Machine m, String jobId, String csv, String share) throws IOException {
    return encodeAndUpload(m, jobId, csv, share, null);
  }

  /**
   * @param sharing the company's sharing policy by population label (JSON, kept on its machine and
   *     declared in the encoded list), or null
   */
  public Api.Response encodeAndUpload(Machine m, String jobId, String csv, String share, String sharing) throws IOException {
    Files.writeString(m.file("job.json"), ok(api.get(m.org().key(), "/api/v1/blind/jobs/" + jobId)).body());
    Files.writeString(m.file("accounts.csv"), csv);
    List<Object> args = new ArrayList<>(List.of("encode", "--secret-file", m.file("partnership.secret"), "--job", m.file("job.json"),
        "--in", m.file("accounts.csv"), "--out", m.file("accounts.venn"), "--share", share));
    if (sharing != null) {
      Files.writeString(m.file("sharing.json"), sharing);
      args.addAll(List.of("--policy", m.file("sharing.json")));
    }
    cli(args.toArray());
    return upload(m.org(), jobId, Files.readAllBytes(m.file("accounts.venn")), Files.readAllBytes(m.file("accounts.venn.release")));
  }

  /** POST /api/v1/blind/jobs/{id}/list as multipart: parts list and release. */
  public Api.Response upload(Scenario.Org org, String jobId, byte[] list, byte[] release) {
    String boundary = "venn-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "list", "accounts.venn", "application/vnd.venn.encoded", list);
    part(body, boundary, "release", "accounts.venn.release", "text/plain", release);
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/blind/jobs/" + jobId + "/list"))
        .header("Authorization", "Bearer " + org.key())
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      return new Api.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void part(ByteArrayOutputStream body, String boundary, String name, String file, String type, byte[] content) {
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
        + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  public JsonNode await(Scenario.Org org, String jobId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      JsonNode job = ok(api.get(org.key(), "/api/v1/blind/jobs/" + jobId)).json();
      String status = job.path("status").asText();
      if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
        return job;
      }
      assertThat(System.nanoTime()).as("blind job %s still %s", jobId, status).isLessThan(deadline);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /**
   * Downloads the view and opens it on the machine; returns the overlaps CSV's lines. What {@code
   * venn open} printed (the overlap counts) is left in open.txt.
   */
  public List<String> viewAndOpen(Machine m, String jobId) throws IOException {
    Files.writeString(m.file("view.json"), ok(api.get(m.org().key(), "/api/v1/blind/jobs/" + jobId + "/view")).body());
    Files.writeString(m.file("open.txt"),
        cli("open", "--secret-file", m.file("partnership.secret"), "--in", m.file("view.json"), "--out", m.file("overlaps.csv")));
    return Files.readAllLines(m.file("overlaps.csv"));
  }

  public static Api.Response ok(Api.Response r) {
    assertThat(r.status()).as(r.toString()).isBetween(200, 299);
    return r;
  }
}
