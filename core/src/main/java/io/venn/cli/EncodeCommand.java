package io.venn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.encode.AccountEncoder;
import io.venn.encode.BlindProfile;
import io.venn.encode.EncodedAccount;
import io.venn.encode.EncodingKey;
import io.venn.encode.PartnershipSecret;
import io.venn.encode.ReleaseKey;
import io.venn.encode.TokenPriors;
import io.venn.encode.io.EncodedListFile;
import io.venn.normalize.AccountNormalizer;
import io.venn.pipeline.WorkerPool;
import io.venn.read.Account;
import io.venn.read.CsvAccountReader;
import io.venn.read.ReadSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * {@code venn encode}: blind-mode encoding on the owner's machine, under the key of one job (the
 * partnership secret and the job's nonce). Streams the CSV through normalize and encode into a
 * {@code .venn} file, so a list of any size fits in memory, and writes the list's release key next
 * to it; both appear only once complete.
 */
final class EncodeCommand {
  private static final Set<String> WITH_VALUE = Set.of("--secret-file", "--in", "--out", "--share", "--job-nonce", "--job", "--release",
      "--policy");
  private static final Set<String> REPEATABLE = Set.of("--map");
  static final List<String> DEFAULT_SHARE = List.of("name", "domain");
  /** Records encoded in parallel between two writes: enough to keep every core busy, small in memory. */
  private static final int BATCH = 4096;
  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{8,128}");

  private final PrintStream out;
  private final PrintStream err;
  /** Whether the JVM is this command's alone, so it may be tuned for the input ({@link QuickCompile}). */
  private final boolean ownProcess;

  EncodeCommand(PrintStream out, PrintStream err, boolean ownProcess) {
    this.out = out;
    this.err = err;
    this.ownProcess = ownProcess;
  }

  int run(List<String> argv) throws CliException {
    Args args = Args.parse(argv, WITH_VALUE, REPEATABLE, Set.of());
    Path secretFile = Path.of(args.required("--secret-file"));
    Path in = Path.of(args.required("--in"));
    if (ownProcess) {
      QuickCompile.forInputsInBackground(in);
    }
    Path target = Path.of(args.required("--out"));
    Path releaseFile = args.has("--release") ? args.path("--release") : Path.of(target + ".release");
    String nonce = nonce(args);
    List<String> sealed = new ArrayList<>(List.of("id"));
    sealed.addAll(share(args.get("--share")));
    CsvAccountReader reader = CsvAccountReader.standard().withMapping(args.mapping())
        .withParallelism(WorkerPool.executor(), WorkerPool.size());
    if (ListInput.isEncoded(in)) {
      throw CliException.input(in.toString(), "is already an encoded list");
    }
    if (in.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
      throw CliException.usage("--out", "must not be the input file");
    }
    SharingFile policy = args.has("--policy") ? SharingFile.read(args.path("--policy")) : SharingFile.NONE;
    PartnershipSecret secret = BlindRecords.readSecret(secretFile);
    BlindRecords blind = new BlindRecords(secret, nonce);
    ReleaseKey release = ReleaseKey.random();
    AccountNormalizer normalizer = AccountNormalizer.standard();
    EncodingKey jobKey = secret.jobKey(nonce);
    AccountEncoder encoder = AccountEncoder.withKey(jobKey);
    BlindProfile profile = BlindProfile.of(jobKey);
    // No background word table travels: blind tokens carry their word's frequency class (TokenPriors.blind()).
    EncodedListFile.Header header = new EncodedListFile.Header(nonce, sealed, TokenPriors.NONE);

    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, ".venn-", ".tmp");
      ReadSummary summary;
      Set<String> described = new java.util.HashSet<>();
      Set<String> labels = new java.util.HashSet<>();
      List<Account> batch = new ArrayList<>(BATCH);
      try (InputStream csv = Files.newInputStream(in);
          OutputStream file = Files.newOutputStream(temp);
          EncodedListFile.ListWriter writer = EncodedListFile.writer(file, header)) {
        // Records are encoded a batch at a time on every core (the encoder, profile and sealer are
        // thread-safe), then written in input order by this thread.
        Consumer<List<Account>> flush = accounts -> {
          EncodedAccount[] encoded = new EncodedAccount[accounts.size()];
          IntStream.range(0, encoded.length).parallel().forEach(i -> {
            Account account = accounts.get(i);
            String ref = BlindRecords.newRef();
            encoded[i] = profile.apply(encoder.encode(normalizer.normalize(account), ref, blind.seal(account, sealed, ref, release)))
                .withPopulation(profile.population(blind.side(), account.population()));
          });
          try {
            for (int i = 0; i < encoded.length; i++) {
              String population = encoded[i].population();
              if (described.add(population)) {
                // The label travels only sealed; the service counts and applies policies by the token.
                String label = accounts.get(i).population();
                labels.add(label);
                writer.describe(new EncodedListFile.Population(population, blind.sealLabel(population, label), policy.declared(label)));
              }
              writer.write(encoded[i]);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          accounts.clear();
        };
        summary = reader.read(csv, in.toString(), account -> {
          batch.add(account);
          if (batch.size() == BATCH) {
            flush.accept(batch);
          }
        });
        flush.accept(batch);
      } catch (UncheckedIOException e) {
        throw CliException.input(target.toString(), "cannot write: " + e.getCause().getMessage());
      } catch (IOException e) {
        throw ListInput.failure(in, e);
      }
      RejectedRows.print(err, in.toString(), summary.rejected(), summary.rows() - summary.accepted());
      // A misspelt label would silently leave its population to the service's default policy.
      for (String named : policy.named()) {
        if (!labels.contains(named)) {
          err.printf(Locale.ROOT, "venn: warning: %s names population '%s', which %s does not have (its populations: %s)%n",
              args.get("--policy"), named, in, String.join(", ", new java.util.TreeSet<>(labels)));
        }
      }
      if (summary.accepted() == 0) {
        throw CliException.input(in.toString(), "no usable record (each needs a name or a domain); nothing to encode");
      }
      KeyFiles.write(releaseFile, release.text(), true, true);
      move(temp, target);
      temp = null;
      long rejected = summary.rows() - summary.accepted();
      out.printf(Locale.ROOT, "encoded %s of %s into %s%s; sealed fields: %s; %s, keyed%s; release key (for the service only): %s%n",
          MatchCommand.count(summary.accepted(), "record"), in, target,
          rejected == 0 ? "" : " (" + MatchCommand.count(rejected, "rejected row") + ")", String.join(", ", sealed),
          MatchCommand.count(described.size(), "population"), policy == SharingFile.NONE ? "" : ", sharing declared by " + args.get("--policy"),
          releaseFile);
      return 0;
    } catch (IOException e) {
      throw CliException.input(target.toString(), "cannot write: " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: a stray temp file is harmless and visibly named
        }
      }
    }
  }

  /** The job nonce: given, or read from the job descriptor the service returned. */
  static String nonce(Args args) throws CliException {
    if (args.has("--job-nonce") == args.has("--job")) {
      throw CliException.usage("--job-nonce", "give the job's nonce with --job-nonce N, or the job file the service returned with --job F");
    }
    String nonce;
    String subject;
    if (args.has("--job")) {
      Path job = args.path("--job");
      subject = job.toString();
      try {
        JsonNode json = new ObjectMapper().readTree(KeyFiles.read(job));
        nonce = json == null ? null : json.path("nonce").asText(null);
      } catch (IOException e) {
        throw CliException.input(subject, "not the JSON of a blind job (" + e.getMessage().lines().findFirst().orElse("") + ")");
      }
      if (nonce == null) {
        throw CliException.input(subject, "has no \"nonce\"; download it from GET /api/v1/blind/jobs/{id}");
      }
    } else {
      nonce = args.get("--job-nonce").strip();
      subject = "--job-nonce";
    }
    if (!NONCE.matcher(nonce).matches()) {
      throw CliException.usage(subject, "a job nonce is 8 to 128 letters, digits, '-' or '_', was '" + nonce + "'");
    }
    return nonce;
  }

  static List<String> share(String text) throws CliException {
    if (text == null) {
      return DEFAULT_SHARE;
    }
    List<String> fields = new ArrayList<>();
    for (String f : text.split(",")) {
      String key = f.strip().toLowerCase(Locale.ROOT);
      if (key.isEmpty() || !key.matches("[a-z0-9_.-]+")) {
        throw CliException.usage("--share", "expected field names separated by commas, was '" + text + "'");
      }
      if (!key.equals("id") && !fields.contains(key)) {
        fields.add(key);
      }
    }
    return fields;
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
