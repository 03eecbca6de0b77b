package io.venn.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Accuracy at the default threshold on the HELD-OUT part of the CRM-style corpus
 * (crm-corpus/SOURCE.txt): real companies with websites on most records, labelled kinds of
 * variation (acronym, native script, brand vs legal name at the same site, ...) and labelled hard
 * negatives (regional branch, parent/subsidiary, sector word, sector suffix, platform domain).
 * The model is tuned on the DEV part only; this test never reads it, and prints figures but no
 * mistakes (the dev part's mistakes, explained: {@code RunAll --corpus-only}, benchmarks/README.md).
 */
class CrmCorpusAccuracyTest {
  /** Issue 7's targets on the held-out part: the floors below are raised towards them as the model improves. */
  static final double TARGET_PRECISION = 0.995;
  static final double TARGET_RECALL = 0.97;
  /**
   * The held-out part must meet issue 7's targets over every kind of true pair, the names-only kind
   * included. Measured with the declared model (deterministic: broker mode uses a fixed key):
   * precision 0.9972, recall 0.9856 (0.9972 / 0.9884 before session 10, whose Revised Romanization of
   * hangul and descriptor-made sound keys cost names-only pairs, see {@link #NAMES_ONLY_KIND}; 0.9977 / 0.9884 before session 9's rules; 0.9962 / 0.9879 before a host spelling the subsidiary's words cut
   * short was a division's site and words were compared by sound across scripts; 1.0000 recall
   * without the names-only kind; 0.9842 before short names
   * were compared by their vowels across scripts, 0.9684 before names were compared by sound across
   * scripts; before the declared model: 0.937 / 0.770).
   */
  static final double PRECISION_FLOOR = TARGET_PRECISION;
  static final double RECALL_FLOOR = TARGET_RECALL;

  /**
   * Names alone: a native-script name without a website against the Latin name (SOURCE.txt), added
   * after issue 7's targets were set, because nearly every other true pair shares a website. Counted
   * in the target and also held to a floor of its own below its measured recall, so that it cannot
   * fall unnoticed behind the other kinds' perfect recall:
   * 0.66 (61 of 92) since a phonetic key that only descriptor words make needs the brand's sound to
   * agree too (AccountEncoder.SoundKey.COMMON_PHONETIC: "Honda Electronics" is not 현대전자; the lost
   * pair, "Can-Fite BioPharma" in Hebrew, reads פ as p); 0.67 (62 of
   * 92) since hangul is read by Revised Romanization (HangulRomanizer): the five pairs
   * lost are Korean names the corpus generator wrote with ICU's Latin-Hangul, finals letter by letter
   * (a final ㅅ for an "s": "로보팃" for Robotis; ㅊ, ㅌ), which ICU's letter-by-letter Hangul-Latin
   * read back and Korean spelling never writes (it writes 스: "로보티즈"), while real names such as 롯데 (Lotte) now meet their Latin
   * spelling; 0.73 (67 of 92) since words are compared by their sound across scripts (NameComparator); 0.72
   * (66 of 92) on the corpus that keeps the native scripts' marks (SOURCE.txt); 0.71 (65 of 92)
   * since short names are compared by their vowels too (VowelKeys); 0.63 (58 of 92)
   * since names are compared by their sound across scripts (PhoneticKeys, the sound levels of
   * NameLevels) and native-script legal forms are stripped; 0.26 (24 of 92) before.
   */
  static final String NAMES_ONLY_KIND = "native-script-no-website";
  static final double NAMES_ONLY_RECALL_FLOOR = 0.65;

  /**
   * The NYSE / SEC registry check, nothing tuned on it (measured: precision 0.9947, recall 0.9632; issue 7
   * aims at 0.99 / 0.90 on unseen lists of this kind).
   */
  static final double NYSE_SEC_PRECISION_FLOOR = 0.99;
  static final double NYSE_SEC_RECALL_FLOOR = 0.95;

  @Test
  void match_crmCorpusHeldOut_precisionAndRecallAtDefaultThreshold() throws IOException {
    CorpusPart part = CorpusPart.load("crm-corpus/heldout");
    MatchResult result = Pipeline.match(part.left(), part.right(), MatchConfig.defaults());
    CorpusPart.Scores scores = part.score(result);
    System.out.println("CrmCorpusAccuracyTest " + scores);

    assertThat(scores.precision()).as(scores.toString()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(scores.recall()).as(scores.toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(scores.recall(NAMES_ONLY_KIND)).as(scores.toString()).isGreaterThanOrEqualTo(NAMES_ONLY_RECALL_FLOOR);
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

    assertThat(scores.precision()).as(scores.toString()).isGreaterThanOrEqualTo(NYSE_SEC_PRECISION_FLOOR);
    assertThat(scores.recall()).as(scores.toString()).isGreaterThanOrEqualTo(NYSE_SEC_RECALL_FLOOR);
  }
}
