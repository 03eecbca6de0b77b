package io.venn.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Accuracy at the default threshold on the HELD-OUT part of the CRM-style corpus
 * (crm-corpus/SOURCE.txt): real companies with websites on most records, labelled kinds of
 * variation (acronym, native script, brand vs legal name at the same site, ...) and labelled hard
 * negatives (regional branch, parent/subsidiary, sector word, sector suffix, platform domain).
 * The model is tuned on the DEV part only; this test never reads it.
 */
class CrmCorpusAccuracyTest {
  /** Issue 7's targets on the held-out part: the floors below are raised towards them as the model improves. */
  static final double TARGET_PRECISION = 0.995;
  static final double TARGET_RECALL = 0.97;
  /**
   * The engine's measured held-out figures less a margin of about one point, so a regression fails
   * (measured before issue 7's model: precision 0.938, recall 0.767; runs differ by about 0.002).
   */
  static final double PRECISION_FLOOR = 0.925;
  static final double RECALL_FLOOR = 0.75;

  /** The same for the NYSE / SEC registry check (measured: precision 0.995, recall 0.960; issue 7 aims at 0.99 / 0.90 on such lists). */
  static final double NYSE_SEC_PRECISION_FLOOR = 0.985;
  static final double NYSE_SEC_RECALL_FLOOR = 0.945;

  @Test
  void match_crmCorpusHeldOut_precisionAndRecallAtDefaultThreshold() throws IOException {
    CorpusPart part = CorpusPart.load("crm-corpus/heldout");
    MatchResult result = Pipeline.match(part.left(), part.right(), MatchConfig.defaults());
    CorpusPart.Scores scores = part.score(result);
    System.out.println("CrmCorpusAccuracyTest " + scores);
    part.writeMistakes(result, Path.of("target", "crm-corpus"));

    assertThat(scores.precision()).as(scores.toString()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(scores.recall()).as(scores.toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(PRECISION_FLOOR).as("a floor above the target means the target was reached: raise the target")
        .isLessThanOrEqualTo(TARGET_PRECISION);
    assertThat(RECALL_FLOOR).isLessThanOrEqualTo(TARGET_RECALL);
  }

  /**
   * A listed-company list against a regulator's registry without websites (nyse-sec/SOURCE.txt):
   * nothing is tuned on it, so it shows how the model generalizes.
   */
  @Test
  void match_nyseAgainstSecRegistry_precisionAndRecallAtDefaultThreshold() throws IOException {
    CorpusPart part = CorpusPart.load("nyse-sec");
    MatchResult result = Pipeline.match(part.left(), part.right(), MatchConfig.defaults());
    CorpusPart.Scores scores = part.score(result);
    System.out.println("CrmCorpusAccuracyTest " + scores);
    part.writeMistakes(result, Path.of("target", "crm-corpus"));

    assertThat(scores.precision()).as(scores.toString()).isGreaterThanOrEqualTo(NYSE_SEC_PRECISION_FLOOR);
    assertThat(scores.recall()).as(scores.toString()).isGreaterThanOrEqualTo(NYSE_SEC_RECALL_FLOOR);
  }
}
