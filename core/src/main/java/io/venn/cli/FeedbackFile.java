package io.venn.cli;

import io.venn.pipeline.Feedback;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code --feedback F.csv}: a header {@code left_id,right_id,verdict}, then one verdict
 * ({@code not_a_match} or {@code match}) per row. A bad row is reported as {@code file:line [field]:
 * reason} and the run stops: a half-read verdict file would silently match what a person rejected.
 */
final class FeedbackFile {
  static final List<String> HEADER = List.of("left_id", "right_id", "verdict");

  private FeedbackFile() {}

  static Feedback read(Path file, PrintStream err) throws CliException {
    List<String> problems = new ArrayList<>();
    Feedback.Builder feedback = Feedback.builder();
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVParser.parse(reader, format)) {
      boolean header = true;
      long nextLine = 1;
      for (CSVRecord row : csv) {
        long line = nextLine; // where the record starts: a quoted value may span lines
        nextLine = csv.getCurrentLineNumber() + 1;
        if (header) {
          header = false;
          List<String> got = new ArrayList<>();
          row.forEach(h -> got.add(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)));
          if (!got.equals(HEADER)) {
            throw CliException.input(file + ":" + line, "the header must be " + String.join(",", HEADER) + ", was " + String.join(",", got));
          }
          continue;
        }
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (row.size() != HEADER.size()) {
          problems.add(file + ":" + line + ": expected 3 values (" + String.join(",", HEADER) + "), found " + row.size());
          continue;
        }
        String left = row.get(0).strip();
        String right = row.get(1).strip();
        String verdict = row.get(2).strip().toLowerCase(Locale.ROOT);
        if (left.isEmpty()) {
          problems.add(file + ":" + line + " [left_id]: is empty");
        } else if (right.isEmpty()) {
          problems.add(file + ":" + line + " [right_id]: is empty");
        } else if (verdict.equals("not_a_match")) {
          feedback.notAMatch(left, right);
        } else if (verdict.equals("match")) {
          feedback.match(left, right);
        } else {
          problems.add(file + ":" + line + " [verdict]: must be not_a_match or match, was '" + row.get(2).strip() + "'");
        }
      }
      if (header) {
        throw CliException.input(file.toString(), "is empty; expected the header " + String.join(",", HEADER));
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw CliException.input(file.toString(), "cannot read the feedback: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      RejectedRows.printLines(err, file.toString(), problems);
      throw CliException.input(file.toString(), MatchCommand.count(problems.size(), "bad row") + "; nothing was matched");
    }
    return feedback.build();
  }
}
