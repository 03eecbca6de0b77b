package io.venn.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.venn.decide.FieldScore;
import io.venn.decide.MatchModel;
import io.venn.encode.TokenPriors;
import io.venn.matrix.OverlapMatrix;
import io.venn.pipeline.Match;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.MatchResult;
import io.venn.pipeline.Pipeline;
import io.venn.pipeline.ProgressListener;
import io.venn.pipeline.WorkerPool;
import io.venn.read.CsvAccountReader;
import io.venn.read.Field;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code venn match}: two lists in, the overlap matrix and the matches out. */
final class MatchCommand {
  private static final Set<String> WITH_VALUE = Set.of("--left", "--right", "--matches", "--matrix", "--threshold", "--feedback", "--min-cell");
  private static final Set<String> REPEATABLE = Set.of("--map");
  private static final Set<String> BOOLEANS = Set.of("--explain", "--estimate");

  private final PrintStream out;
  private final PrintStream err;
  private final boolean interactive;
  /** Whether the JVM is this command's alone, so it may be tuned for the input ({@link QuickCompile}). */
  private final boolean ownProcess;

  MatchCommand(PrintStream out, PrintStream err, boolean interactive, boolean ownProcess) {
    this.out = out;
    this.err = err;
    this.interactive = interactive;
    this.ownProcess = ownProcess;
  }

  int run(List<String> argv) throws CliException {
    Args args = Args.parse(argv, WITH_VALUE, REPEATABLE, BOOLEANS);
    Path leftFile = Path.of(args.required("--left"));
    Path rightFile = Path.of(args.required("--right"));
    if (ownProcess) {
      java.util.OptionalInt tuned = JvmTuning.runLarge(VennCli.commandLine("match", argv), leftFile, rightFile);
      if (tuned.isPresent()) {
        return tuned.getAsInt();
      }
      QuickCompile.forInputsInBackground(leftFile, rightFile);
    }
    // Only --explain prints each match's reasons: at 1M x 1M building them is 400k decisions for nothing.
    MatchConfig.Builder config = MatchConfig.builder()
        .threshold(threshold(args.get("--threshold")))
        .estimate(args.has("--estimate"))
        .reasons(args.has("--explain"));
    if (args.has("--feedback")) {
      config.feedback(FeedbackFile.read(args.path("--feedback"), err));
    }
    Progress progress = interactive ? new Progress(err) : null;
    if (progress != null) {
      config.progress(progress);
    }

    boolean leftEncoded = ListInput.isEncoded(leftFile);
    boolean rightEncoded = ListInput.isEncoded(rightFile);
    if (leftEncoded != rightEncoded) {
      Path plain = leftEncoded ? rightFile : leftFile;
      throw CliException.usage(plain.toString(), "is a CSV list but the other side is an encoded list; "
          + "encode it first with 'venn encode' and the same secret");
    }
    Run run = leftEncoded ? matchEncoded(args, leftFile, rightFile, config.build()) : matchCsv(args, leftFile, rightFile, config);
    ListInput left = run.left();
    ListInput right = run.right();
    MatchResult result = run.result();
    if (progress != null) {
      progress.done();
    }

    if (args.has("--matches")) {
      writeMatches(args.path("--matches"), result.matches(), left, right);
    }
    if (args.has("--matrix")) {
      writeMatrix(args.path("--matrix"), result.matrix(), leftEncoded ? minCell(args) : 0);
    }
    if (args.has("--explain")) {
      out.print(result.model().describe(MatchModel.standard()));
      list(result.matches(), left, right, true);
    }
    if (!args.has("--matches") && !args.has("--matrix")) {
      out.print(MatrixTable.render(result.matrix(), leftEncoded ? minCell(args) : 0));
    }
    out.println(summary(left, right, result));
    return 0;
  }

  private record Run(ListInput left, ListInput right, MatchResult result) {}

  /** Fewest records an encoded list needs, so that a tiny list cannot probe for single accounts. */
  static final int MIN_BLIND_LIST = 100;
  /** Overlap counts below this are shown as "< k" for encoded lists. */
  static final int DEFAULT_MIN_CELL = 3;

  private static Run matchEncoded(Args args, Path leftFile, Path rightFile, MatchConfig config) throws CliException {
    if (args.has("--map")) {
      throw CliException.usage("--map", "applies to CSV lists only; encoded lists were mapped when encoded");
    }
    if (args.has("--explain")) {
      throw CliException.usage("--explain", "applies to CSV lists only; the matcher of encoded lists sees no names to explain");
    }
    ListInput left = ListInput.encoded(leftFile);
    ListInput right = ListInput.encoded(rightFile);
    if (!left.nonce().equals(right.nonce())) {
      throw CliException.input(rightFile.toString(), "was encoded for job nonce " + right.nonce() + " but " + leftFile
          + " for " + left.nonce() + "; both sides must encode under the same job nonce");
    }
    for (ListInput list : List.of(left, right)) {
      if (list.size() < MIN_BLIND_LIST) {
        throw CliException.input(list.source(), "has " + count(list.size(), "record") + "; encoded lists need at least "
            + MIN_BLIND_LIST + " so that a tiny list cannot probe for single accounts");
      }
    }
    // Blind lists ship no word table: each name token carries its word's frequency class.
    return new Run(left, right, Pipeline.matchEncoded(left.encodedAccounts(), right.encodedAccounts(), TokenPriors.blind(), config));
  }

  /** Builds {@code config} only once the files are read, so the model loads on the warm-up thread meanwhile. */
  private Run matchCsv(Args args, Path leftFile, Path rightFile, MatchConfig.Builder config) throws CliException {
    Pipeline.warmUpInBackground(); // while the files are read
    if (args.has("--min-cell")) {
      throw CliException.usage("--min-cell", "applies to encoded lists only");
    }
    Map<Field, String> mapping = args.mapping();
    Map<Field, String> leftMapping = ListInput.mappingFor(leftFile, mapping);
    Map<Field, String> rightMapping = ListInput.mappingFor(rightFile, mapping);
    for (Map.Entry<Field, String> m : mapping.entrySet()) {
      if (!leftMapping.containsKey(m.getKey()) && !rightMapping.containsKey(m.getKey())) {
        throw CliException.input("--map " + m.getKey().key() + "=" + m.getValue(),
            "neither " + leftFile + " nor " + rightFile + " has a column \"" + m.getValue() + "\"");
      }
    }
    // Each file in pieces on the shared pool as well: a large list beside a small one is then not
    // read on one core while the other waits.
    CsvAccountReader reader = CsvAccountReader.standard().withParallelism(WorkerPool.executor(), WorkerPool.size());
    ListInput[] both = ListInput.csvBoth(leftFile, reader.withMapping(leftMapping), rightFile, reader.withMapping(rightMapping));
    ListInput left = both[0];
    ListInput right = both[1];
    RejectedRows.print(err, left.source(), left.rejected(), left.rejected().size());
    RejectedRows.print(err, right.source(), right.rejected(), right.rejected().size());
    boolean names = args.has("--explain");
    return new Run(left, right, Pipeline.match(left.handOver(names), right.handOver(names), config.build()));
  }

  static double threshold(String text) throws CliException {
    if (text == null) {
      return MatchConfig.DEFAULT_THRESHOLD;
    }
    try {
      double t = Double.parseDouble(text.strip());
      if (t > 0 && t <= 1) {
        return t;
      }
    } catch (NumberFormatException e) {
      // fall through to the one message
    }
    throw CliException.usage("--threshold", "must be a number in (0, 1], was '" + text + "'");
  }

  static void writeMatches(Path file, List<Match> matches, ListInput left, ListInput right) throws CliException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
      csv.printRecord("left_id", "right_id", "score");
      for (Match m : matches) {
        csv.printRecord(left.id(m.left()), right.id(m.right()), ScoreText.fourDecimals(m.score()));
      }
    } catch (IOException e) {
      throw CliException.input(file.toString(), "cannot write the matches: " + e.getMessage());
    }
  }

  /** The {@code --min-cell} k of encoded lists: at least the default, so it can only be raised. */
  static int minCell(Args args) throws CliException {
    String text = args.get("--min-cell");
    if (text == null) {
      return DEFAULT_MIN_CELL;
    }
    try {
      int k = Integer.parseInt(text.strip());
      if (k >= DEFAULT_MIN_CELL) {
        return k;
      }
    } catch (NumberFormatException e) {
      // fall through to the one message
    }
    throw CliException.usage("--min-cell", "must be a whole number of at least " + DEFAULT_MIN_CELL + ", was '" + text + "'");
  }

  /** @param minCell counts below this (zero included) are written as "< k" with no number; 0 for none */
  static void writeMatrix(Path file, OverlapMatrix matrix, int minCell) throws CliException {
    List<Map<String, Object>> cells = new ArrayList<>();
    for (OverlapMatrix.Cell c : matrix.cells()) {
      Map<String, Object> cell = new LinkedHashMap<>();
      cell.put("left", c.left());
      cell.put("right", c.right());
      if (c.overlaps() < minCell) {
        cell.put("display", "< " + minCell);
      } else {
        cell.put("overlaps", c.overlaps());
      }
      cells.add(cell);
    }
    try {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), Map.of("cells", cells));
    } catch (IOException e) {
      throw CliException.input(file.toString(), "cannot write the matrix: " + e.getMessage());
    }
  }

  private void list(List<Match> matches, ListInput left, ListInput right, boolean reasons) throws CliException {
    for (Match m : matches) {
      out.printf(Locale.ROOT, "%s  <->  %s  score %.4f%n", label(left, m.left()), label(right, m.right()), m.score());
      for (FieldScore r : reasons ? m.reasons() : List.<FieldScore>of()) {
        String similarity = Double.isNaN(r.similarity()) ? "-" : String.format(Locale.ROOT, "%.3f", r.similarity());
        out.printf(Locale.ROOT, "    %-13s %-24s similarity %5s  weight %+.2f%n", r.field(), r.label(), similarity, r.weight());
      }
    }
  }

  private static String label(ListInput list, int i) throws CliException {
    String name = list.name(i);
    return list.id(i) + (name == null ? "" : " \"" + name + "\"");
  }

  private static String summary(ListInput left, ListInput right, MatchResult result) {
    return String.format(Locale.ROOT, "left %s: %s%s; right %s: %s%s; %s",
        left.source(), count(left.size(), "record"), rejected(left), right.source(), count(right.size(), "record"), rejected(right),
        count(result.matches().size(), "match"));
  }

  private static String rejected(ListInput list) {
    int n = list.rejected().size();
    return n == 0 ? "" : " (" + count(n, "rejected row") + ")";
  }

  /** "1 match", "2 matches", "1,204 records". */
  static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : noun.endsWith("h") ? "es" : "s");
  }

  /** Progress on a terminal: one line, rewritten in place, at most once per percent. */
  private static final class Progress implements ProgressListener {
    private final PrintStream err;
    private int lastPercent = -1;
    private String lastStage = "";

    Progress(PrintStream err) {
      this.err = err;
    }

    @Override
    public void progress(double fraction, String stage) {
      int percent = (int) (fraction * 100);
      if (percent != lastPercent || !stage.equals(lastStage)) {
        lastPercent = percent;
        lastStage = stage;
        err.printf(Locale.ROOT, "\rvenn: %-10s %3d%%", stage, percent);
        err.flush();
      }
    }

    void done() {
      if (lastPercent >= 0) {
        err.print("\r" + " ".repeat(24) + "\r");
        err.flush();
      }
    }
  }
}
