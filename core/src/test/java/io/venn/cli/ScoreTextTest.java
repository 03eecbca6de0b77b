package io.venn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast score text must be {@code %.4f}'s, character for character: match files are compared byte for byte. */
class ScoreTextTest {
  @Test
  void fourDecimals_isFormattersTextForRandomScores() {
    SplittableRandom random = new SplittableRandom(20261203);
    for (int i = 0; i < 200_000; i++) {
      double score = i % 2 == 0 ? random.nextDouble() : 1 / (1 + Math.exp(-random.nextDouble(-20, 20)));
      assertThat(ScoreText.fourDecimals(score)).as("score %s", score).isEqualTo(String.format(Locale.ROOT, "%.4f", score));
    }
  }

  @Test
  void fourDecimals_isFormattersTextAtAndAroundEveryRoundingTie() {
    for (int k = 0; k < 10_000; k++) {
      double tie = (k + 0.5) / 10_000;
      for (double score : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie), k / 10_000.0, Math.nextDown(k / 10_000.0)}) {
        if (score >= 0) {
          assertThat(ScoreText.fourDecimals(score)).as("score %s", score).isEqualTo(String.format(Locale.ROOT, "%.4f", score));
        }
      }
    }
  }

  @Test
  void fourDecimals_endsAndOutsideTheRange() {
    for (double score : new double[] {0, -0.0, 1, Double.MIN_VALUE, 0.99995, 0.99994999, 0.00005, 1e-300, 1.5, -0.25}) {
      assertThat(ScoreText.fourDecimals(score)).as("score %s", score).isEqualTo(String.format(Locale.ROOT, "%.4f", score));
    }
  }
}
