package io.venn.cli;

import io.venn.encode.PartnershipSecret;
import io.venn.encode.io.BlindView;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code venn open}: a blind-mode view from the service, opened on the owner's machine. Prints the
 * overlap counts and writes one CSV row per released overlap: my record's id and the partner's
 * released fields. Populations arrive as keyed tokens with their labels sealed; they are opened here. Only what the service released can be opened; it released only overlaps.
 */
final class OpenCommand {
  private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();
  private final PrintStream out;

  OpenCommand(PrintStream out) {
    this.out = out;
  }

  int run(List<String> argv) throws CliException {
    Args args = Args.parse(argv, Set.of("--secret-file", "--in", "--out"), Set.of(), Set.of());
    Path secretFile = Path.of(args.required("--secret-file"));
    Path in = Path.of(args.required("--in"));
    Path target = Path.of(args.required("--out"));
    PartnershipSecret secret = BlindRecords.readSecret(secretFile);
    BlindView view;
    try {
      view = BlindView.read(in);
    } catch (java.nio.file.NoSuchFileException e) {
      throw CliException.input(in.toString(), "no such file");
    } catch (IOException e) {
      throw CliException.input(in.toString(), e.getMessage());
    }
    if (!view.partnershipId().equals(secret.partnershipId())) {
      throw CliException.input(in.toString(), "is a view of partnership " + view.partnershipId() + " but " + secretFile
          + " is the secret of partnership " + secret.partnershipId());
    }
    BlindRecords blind = new BlindRecords(secret, view.nonce());
    Map<String, String> mineLabels = new LinkedHashMap<>();
    Map<String, String> theirLabels = new LinkedHashMap<>();
    for (BlindView.Population p : view.populations()) {
      boolean mine = BlindView.Population.MINE.equals(p.owner());
      try {
        (mine ? mineLabels : theirLabels).put(p.key(), blind.openLabel(mine, p.key(), UNB64.decode(p.label())));
      } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
        throw CliException.input(in.toString(), (mine ? "my" : "the partner's") + " population " + p.key()
            + " cannot be opened with this secret (another partnership, or an altered view)");
      }
    }
    List<Map<String, String>> rows = new ArrayList<>();
    Set<String> theirFields = new LinkedHashSet<>();
    for (int i = 0; i < view.overlaps().size(); i++) {
      BlindView.Overlap o = view.overlaps().get(i);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("mine_population", mineLabels.getOrDefault(o.minePopulation(), o.minePopulation()));
      row.put("theirs_population", theirLabels.getOrDefault(o.theirsPopulation(), o.theirsPopulation()));
      row.put("score", ScoreText.fourDecimals(o.score()));
      open(blind, true, o.mine(), in, i).forEach((k, v) -> row.put("mine_" + k, v));
      open(blind, false, o.theirs(), in, i).forEach((k, v) -> {
        theirFields.add(k);
        row.put("theirs_" + k, v);
      });
      rows.add(row);
    }
    write(target, rows, theirFields);
    out.print(matrix(view, mineLabels, theirLabels));
    out.printf(Locale.ROOT, "opened %s into %s%n", MatchCommand.count(rows.size(), "overlapping record"), target);
    return 0;
  }

  private static Map<String, String> open(BlindRecords blind, boolean mine, BlindView.SealedRecord r, Path in, int i) throws CliException {
    try {
      Map<String, byte[]> sealed = new LinkedHashMap<>();
      r.fields().forEach((k, v) -> sealed.put(k, UNB64.decode(v)));
      return blind.open(mine, r.ref(), UNB64.decode(r.share()), sealed);
    } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
      throw CliException.input(in.toString(), "overlap " + (i + 1) + ": " + (mine ? "my" : "the partner's") + " record "
          + r.ref() + " cannot be opened with this secret (another partnership, or an altered view)");
    }
  }

  private static void write(Path target, List<Map<String, String>> rows, Set<String> theirFields) throws CliException {
    List<String> header = new ArrayList<>(List.of("mine_id", "mine_population", "theirs_population", "score"));
    theirFields.forEach(f -> header.add("theirs_" + f));
    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
      csv.printRecord(header);
      for (Map<String, String> row : rows) {
        List<String> line = new ArrayList<>();
        header.forEach(h -> line.add(row.getOrDefault(h, "")));
        csv.printRecord(line);
      }
    } catch (IOException e) {
      throw CliException.input(target.toString(), "cannot write: " + e.getMessage());
    }
  }

  /** The overlap counts with the population tokens mapped back to their labels. */
  private static String matrix(BlindView view, Map<String, String> mineLabels, Map<String, String> theirLabels) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-20s %-20s %s%n", "mine", "theirs", "overlaps"));
    for (BlindView.Cell c : view.cells()) {
      s.append(String.format(Locale.ROOT, "%-20s %-20s %s%n", mineLabels.getOrDefault(c.mine(), c.mine()),
          theirLabels.getOrDefault(c.theirs(), c.theirs()), c.overlaps() == null ? c.display() : c.overlaps()));
    }
    return s.toString();
  }
}
