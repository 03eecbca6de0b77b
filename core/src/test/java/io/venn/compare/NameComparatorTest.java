package io.venn.compare;

import static io.venn.TestAccounts.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.venn.encode.EncodedAccount;
import io.venn.encode.NameFilter;
import org.junit.jupiter.api.Test;

/** Worked examples with chosen word weights, so every number can be checked by hand. */
class NameComparatorTest {
  private final NameComparator names = new NameComparator();

  @Test
  void compare_sameWords_rarestCountsFullyTheRestAtAFraction() {
    EncodedAccount a = encode("Acme Holdings", null, "US");
    EncodedAccount b = encode("ACME HOLDINGS", null, "US");
    NameSimilarity s = names.compare(a, new float[] {6, 2}, b, new float[] {6, 2});
    assertThat(s.shared()).isCloseTo(6 + NameComparator.FURTHER_WORD_FACTOR * 2, within(1e-6));
    assertThat(s.unmatchedLeft()).isZero();
    assertThat(s.unmatchedRight()).isZero();
    assertThat(s.contained()).isTrue();
  }

  @Test
  void compare_extraWordIsUnmatchedAndTheShorterNameContained() {
    EncodedAccount a = encode("Tesco Express", null, "GB");
    EncodedAccount b = encode("Tesco", null, "GB");
    NameSimilarity s = names.compare(a, new float[] {7, 3}, b, new float[] {7});
    assertThat(s.shared()).isCloseTo(7, within(1e-6));
    assertThat(s.unmatchedLeft()).isCloseTo(3, within(1e-6));
    assertThat(s.unmatchedRight()).isZero();
    assertThat(s.contained()).isTrue();
  }

  @Test
  void compare_wordsRunTogether_areTheSameWords() {
    EncodedAccount a = encode("Exxon Mobil", null, "US");
    EncodedAccount b = encode("ExxonMobil", null, "US");
    NameSimilarity s = names.compare(a, new float[] {6, 5}, b, new float[] {9});
    assertThat(s.shared()).isCloseTo(9, within(1e-6)); // min(6 + 5, 9), not "exxon" by its stem at half
    assertThat(s.unmatchedLeft()).isZero();
    assertThat(s.unmatchedRight()).isZero();
  }

  @Test
  void compare_firstTwoWordsRunTogether_meetThatWord_theRestAsUsual() {
    EncodedAccount a = encode("Wal-Mart Stores", null, "US");
    EncodedAccount b = encode("Walmart", null, "US");
    NameSimilarity s = names.compare(a, new float[] {3, 4, 2}, b, new float[] {8});
    assertThat(s.shared()).isCloseTo(3 + 4, within(1e-6)); // min(3 + 4, 8)
    assertThat(s.unmatchedLeft()).isCloseTo(2, within(1e-6));
    assertThat(s.unmatchedRight()).isZero();
    assertThat(s.contained()).isTrue();
  }

  @Test
  void compare_aWordMetByItsFirstLettersWithWordsLeftOver_isNoContainedName() {
    // two regional banks: "madhya" and "madhyanchal" share five letters, "pradesh" is left over
    EncodedAccount a = encode("Madhya Pradesh Gramin Bank", null, "IN");
    EncodedAccount b = encode("Madhyanchal Gramin Bank", null, "IN");
    NameSimilarity s = names.compare(a, new float[] {6, 5, 3, 1}, b, new float[] {8, 3, 1});
    assertThat(s.unmatchedLeft()).isCloseTo(5, within(1e-6));
    assertThat(s.unmatchedRight()).isZero();
    assertThat(s.contained()).isFalse();
  }

  @Test
  void compare_aWordMetByItsFirstLettersWithNothingLeftOver_isStillTheWholeName() {
    EncodedAccount a = encode("Kandi Technologies Group", null, "CN");
    EncodedAccount b = encode("KANDI TECHNOL. GRP", null, "CN");
    NameSimilarity s = names.compare(a, new float[] {8, 2, 1}, b, new float[] {8, 2, 1});
    assertThat(s.unmatchedLeft()).isZero();
    assertThat(s.contained()).isTrue();
  }

  @Test
  void compare_acrossScripts_aWordMetByItsFirstLetters_stillLeavesTheNameContained() {
    // the romanization runs the brand and the next word together: "haitiandiaowei"
    EncodedAccount a = encode("佛山市海天调味食品股份有限公司", null, "CN");
    EncodedAccount b = encode("Foshan Haitian Flavouring and Food Company Ltd.", null, "CN");
    NameSimilarity s = names.compare(a, new float[] {3, 8, 2}, b, new float[] {3, 8, 4, 0.1f, 2});
    assertThat(s.unmatchedRight()).isGreaterThan(0);
    assertThat(s.contained()).isTrue();
  }

  @Test
  void compare_abbreviationCountsAtHalf() {
    EncodedAccount a = encode("Zylon Therap", null, "US");
    EncodedAccount b = encode("Zylon Therapeutics", null, "US");
    NameSimilarity s = names.compare(a, new float[] {8, 4}, b, new float[] {8, 4});
    assertThat(s.shared()).isCloseTo(8 + NameComparator.FURTHER_WORD_FACTOR * NameComparator.PREFIX_FACTOR * 4, within(1e-6));
  }

  @Test
  void compare_aShortWordEndingInAConsonant_abbreviates_oneEndingInAVowelIsAWordOfItsOwn() {
    // "Intl" and "Techn" are short for words they begin like; "Chubu" is a region, not short for
    // "Chugoku" (another region): two power companies
    NameSimilarity intl = names.compare(encode("Zylon Intl", null, "US"), new float[] {8, 4},
        encode("Zylon International", null, "US"), new float[] {8, 4});
    assertThat(intl.unmatchedLeft()).isZero();
    NameSimilarity regions = names.compare(encode("Chubu Zylon", null, "JP"), new float[] {5, 8},
        encode("Chugoku Zylon", null, "JP"), new float[] {5, 8});
    assertThat(regions.unmatchedLeft()).isCloseTo(5, within(1e-6));
    assertThat(regions.unmatchedRight()).isCloseTo(5, within(1e-6));
    // combining forms that end in a vowel still begin their words
    NameSimilarity petro = names.compare(encode("Zylon Petro", null, "US"), new float[] {8, 4},
        encode("Zylon Petroleum", null, "US"), new float[] {8, 4});
    assertThat(petro.unmatchedLeft()).isZero();
  }

  @Test
  void compare_acrossScripts_besideASharedWord_aWordThatSoundsAlikeCountsAtHalf() {
    // "ソフトバンクグループ" is "sofutobanku group": Hepburn spells the brand as SoftBank does not,
    // but both are SFTP to Double Metaphone
    EncodedAccount a = encode("ソフトバンクグループ", null, "JP");
    EncodedAccount b = encode("SoftBank Group", null, "JP");
    NameSimilarity s = names.compare(a, new float[] {8, 2}, b, new float[] {8, 2});
    assertThat(s.shared()).isCloseTo(NameComparator.SOUND_FACTOR * 8 + NameComparator.FURTHER_WORD_FACTOR * 2, within(1e-6));
    assertThat(s.unmatchedLeft()).isZero();
    assertThat(s.unmatchedRight()).isZero();
  }

  @Test
  void compare_acrossScripts_shortSoundCodeIsNoWordMatch() {
    // "hyeondae", "Hyundai" and "Honda" are all HNT: too short a code to tell brands apart
    EncodedAccount a = encode("현대자동차", null, "KR");
    EncodedAccount b = encode("Honda Motor", null, "JP");
    NameSimilarity s = names.compare(a, new float[] {8, 2}, b, new float[] {8, 2});
    assertThat(s.shared()).isCloseTo(2, within(1e-6)); // "motor" alone
    assertThat(s.unmatchedLeft()).isCloseTo(8, within(1e-6));
  }

  @Test
  void compare_acrossScripts_soundAloneIsLeftToTheWholeNamesSound() {
    // one word that agrees by sound only ("sofutobanku" / "SoftBank", both SFTP): NameLevels' sound
    // levels decide, which ask for the city too
    EncodedAccount a = encode("ソフトバンク", null, "JP");
    EncodedAccount b = encode("SoftBank", null, "JP");
    NameSimilarity s = names.compare(a, new float[] {8}, b, new float[] {8});
    assertThat(s.shared()).isZero();
  }

  @Test
  void compare_twoLatinNames_soundIsNoWordMatch() {
    // Double Metaphone merges too much between two Latin spellings: "Glaukos" / "Calix" are two names
    EncodedAccount a = encode("Glaukos Medical", null, "US");
    EncodedAccount b = encode("Calix Medical", null, "US");
    NameSimilarity s = names.compare(a, new float[] {8, 2}, b, new float[] {8, 2});
    assertThat(s.shared()).isCloseTo(2, within(1e-6));
  }

  @Test
  void compare_sharedMassIsCapped() {
    EncodedAccount a = encode("Archer Daniels Midland", null, "US");
    NameSimilarity s = names.compare(a, new float[] {9, 9, 9}, a, new float[] {9, 9, 9});
    assertThat(s.shared()).isEqualTo(NameComparator.MAX_SHARED);
  }

  @Test
  void compare_nothingSharedHasNoSharedMass() {
    EncodedAccount a = encode("Alpha Foods", null, "US");
    EncodedAccount b = encode("Omega Motors", null, "US");
    NameSimilarity s = names.compare(a, new float[] {5, 2}, b, new float[] {5, 2});
    assertThat(s.shared()).isZero();
    assertThat(s.unmatchedLeft() + s.unmatchedRight()).isCloseTo(14, within(1e-6));
  }

  @Test
  void compare_oneLongWordMisspeltAmongAgreeingWords_countsAsThatWordAtLetterSetStrength() {
    EncodedAccount a = encode("Zylonix Pharmaceutical Holdings", null, "US");
    EncodedAccount b = encode("Zylonix Pharmaceutical Hldings", null, "US");
    assertThat(NameFilter.dice(a.nameFilter(), b.nameFilter())).isGreaterThanOrEqualTo(NameComparator.ONE_WORD_TYPO_DICE);
    NameSimilarity s = names.compare(a, new float[] {7, 3, 2}, b, new float[] {7, 3, 2});
    assertThat(s.shared()).isCloseTo(7 + NameComparator.FURTHER_WORD_FACTOR * (3 + NameComparator.LETTER_SET_FACTOR * 2), within(1e-6));
    assertThat(s.unmatchedLeft() + s.unmatchedRight()).isZero();
  }

  /**
   * When the words that agree are all common ("Investment and Securities"), they make two names alike
   * letter for letter whatever their brands: the differing words count as one misspelt word only
   * if they also start alike or sound alike ("Oblong" / "Obling"), not "Ebest" / "Eugene".
   */
  @Test
  void compare_oneWordDiffersAmongCommonWords_aTypoOnlyIfItStartsOrSoundsAlike() {
    float[] weights = {8, 3, 2, 2, 1};
    EncodedAccount ebest = encode("Ebest International Investment Securities Services", null, "KR");
    EncodedAccount eugene = encode("Eugene International Investment Securities Services", null, "KR");
    assertThat(NameFilter.dice(ebest.nameFilter(), eugene.nameFilter())).isGreaterThanOrEqualTo(NameComparator.ONE_WORD_TYPO_DICE);
    // the words after the brand are common among company names
    java.util.function.LongPredicate common = t -> t != ebest.nameTokens()[0] && t != eugene.nameTokens()[0];
    NameSimilarity brands = names.compare(ebest, weights, eugene, weights, common);
    assertThat(brands.unmatchedLeft()).isEqualTo(8);
    assertThat(brands.unmatchedRight()).isEqualTo(8);

    EncodedAccount oblong = encode("Oblong International Investment Securities Services", null, "KR");
    EncodedAccount obling = encode("Obling International Investment Securities Services", null, "KR");
    assertThat(NameFilter.dice(oblong.nameFilter(), obling.nameFilter())).isGreaterThanOrEqualTo(NameComparator.ONE_WORD_TYPO_DICE);
    NameSimilarity typo = names.compare(oblong, weights, obling, weights, t -> t != oblong.nameTokens()[0] && t != obling.nameTokens()[0]);
    assertThat(typo.unmatchedLeft() + typo.unmatchedRight()).isZero();
    // beside a rare shared word, the rule stays as it was: whole-name spelling decides
    assertThat(names.compare(ebest, weights, eugene, weights, t -> false).unmatchedLeft()).isZero();
  }

  @Test
  void compare_twoShortWordsThatDiffer_areNotOneMisspeltWord() {
    // The letters barely move in a long name, but "CA" and "AI" are different words, not a typo.
    EncodedAccount a = encode("CA Healthcare Acquisition", null, "US");
    EncodedAccount b = encode("Healthcare AI Acquisition", null, "US");
    assertThat(NameFilter.dice(a.nameFilter(), b.nameFilter())).isGreaterThanOrEqualTo(NameComparator.ONE_WORD_TYPO_DICE);
    NameSimilarity s = names.compare(a, new float[] {4, 5, 2}, b, new float[] {5, 4, 2});
    assertThat(s.shared()).isCloseTo(5 + NameComparator.FURTHER_WORD_FACTOR * 2, within(1e-6));
    assertThat(s.unmatchedLeft()).isEqualTo(4);
    assertThat(s.unmatchedRight()).isEqualTo(4);
  }

  /**
   * Whether some word agrees as spelled (or as two words run together), not only by a fallback: the
   * sound levels across scripts stand in for words met only by a stem or first letters (NameLevels).
   */
  @Test
  void compare_spelledAlike_onlyForWordsAgreeingAsSpelled() {
    float[] one = {8};
    assertThat(names.compare(encode("Rostelecom", null, "RU"), one, encode("Ростелеком", null, "RU"), one).spelledAlike())
        .isFalse(); // "rostelekom" meets "rostelecom" only by its first five letters
    assertThat(names.compare(encode("Gazprom", null, "RU"), one, encode("Газпром", null, "RU"), one).spelledAlike())
        .isTrue();
    assertThat(names.compare(encode("Exxon Mobil", null, "US"), new float[] {6, 5}, encode("ExxonMobil", null, "US"), new float[] {9})
        .spelledAlike()).isTrue();
  }
}
