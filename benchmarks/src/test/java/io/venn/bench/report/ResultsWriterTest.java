package io.venn.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsWriterTest {
  @TempDir Path dir;

  @Test
  void write_keepsTheHandWrittenSectionsOfTheFileItReplaces_once() throws Exception {
    String hand = ResultsWriter.HAND_WRITTEN + "\n\n## Hostile input\n\n0 server errors over 10,000 inputs\n";
    Files.writeString(dir.resolve("RESULTS.md"), "# Venn benchmarks: results\n\nold generated figures\n\n" + hand);
    RunResults run = new RunResults(Machine.describe(), "RunAll --no-jmh", 42);

    ResultsWriter.write(run, dir);
    ResultsWriter.write(run, dir);

    String md = Files.readString(dir.resolve("RESULTS.md"));
    assertThat(md).doesNotContain("old generated figures").endsWith(hand);
    assertThat(md.indexOf(ResultsWriter.HAND_WRITTEN)).isEqualTo(md.lastIndexOf(ResultsWriter.HAND_WRITTEN));
  }

  @Test
  void write_withoutAnEarlierFile_hasNoHandWrittenPart() throws Exception {
    ResultsWriter.write(new RunResults(Machine.describe(), "RunAll", 42), dir);
    assertThat(Files.readString(dir.resolve("RESULTS.md"))).doesNotContain(ResultsWriter.HAND_WRITTEN);
  }
}
