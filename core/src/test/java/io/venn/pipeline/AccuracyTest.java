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
    writeMistakes(set, scores);
    System.out.println("AccuracyTest: " + scores);

    assertThat(scores.precision()).as(scores.toString()).isGreaterThanOrEqualTo(0.995);
    assertThat(scores.recall()).as(scores.toString()).isGreaterThanOrEqualTo(0.95);
  }

  /** Writes every mistake with its explanation under target/accuracy, for whoever tunes the model. */
  private static void writeMistakes(LabelledSet set, LabelledSet.Scores scores) throws IOException {
    Path dir = Path.of("target", "accuracy");
    Files.createDirectories(dir);
    Files.write(dir.resolve("false-positives.txt"), scores.falsePositives());
    java.util.List<int[]> missed = set.indexPairs(scores.falseNegatives());
    java.util.List<io.venn.decide.Decision> why = Pipeline.explain(set.left(), set.right(), missed, MatchConfig.defaults());
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < missed.size(); i++) {
      lines.add(set.left().get(missed.get(i)[0]).name() + " [" + set.left().get(missed.get(i)[0]).domain() + "]  ~  "
          + set.right().get(missed.get(i)[1]).name() + " [" + set.right().get(missed.get(i)[1]).domain() + "]  "
          + String.format("%.3f ", why.get(i).score()) + why.get(i).reasons().stream()
              .map(r -> r.field() + ":" + r.label() + String.format(":%.1f", r.weight())).toList());
    }
    Files.write(dir.resolve("false-negatives.txt"), lines);
  }
}
