package io.venn.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Accuracy at the default threshold on real company listings (accuracy/SOURCE.txt): the same
 * company as written by different stock exchanges, among companies listed only once. Precision
 * first, because a false match reveals a record that does not overlap.
 */
class AccuracyTest {
  @Test
  void match_realListings_precisionAndRecallAtDefaultThreshold() throws IOException {
    LabelledSet set = LabelledSet.load("accuracy");
    MatchResult result = Pipeline.match(set.left(), set.right(), MatchConfig.defaults());
    LabelledSet.Scores scores = set.score(result);
    writeMistakes(scores);
    System.out.println("AccuracyTest: " + scores);

    assertThat(scores.precision()).as(scores.toString()).isGreaterThanOrEqualTo(0.995);
    assertThat(scores.recall()).as(scores.toString()).isGreaterThanOrEqualTo(0.95);
  }

  private static void writeMistakes(LabelledSet.Scores scores) throws IOException {
    Path dir = Path.of("target", "accuracy");
    Files.createDirectories(dir);
    Files.write(dir.resolve("false-positives.txt"), scores.falsePositives());
    Files.write(dir.resolve("false-negatives.txt"), scores.falseNegatives());
  }
}
