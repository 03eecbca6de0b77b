package io.venn.compare;

import static io.venn.TestAccounts.encode;
import static org.assertj.core.api.Assertions.assertThat;

import io.venn.TestAccounts;
import io.venn.block.TokenStatistics;
import io.venn.encode.EncodedAccount;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameLevelsTest {
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Acme Holdings Ltd               | ACME HOLDINGS LIMITED             | 0
      Tesco Express                   | Tesco PLC                         | 1
      Vandelay Industries             | Vandelay Industries Europe        | 1
      IBM                             | International Business Machines   | 3
      TEB                             | Türk Ekonomi Bankası A.Ş.         | 3
      G.E.                            | General Electric Company          | 3
      P&G                             | Procter & Gamble                  | 3
      Procter and Gamble              | P & G                             | 3
      Arts and Entertainment          | A&E                               | 3
      BPCL                            | Bharat Petroleum Corporation Limited | 3
      TSMC                            | Taiwan Semiconductor Manufacturing Company Limited | 3
      DBS Bank                        | The Development Bank of Singapore Limited | 3
      AZI                             | Acme Zeta Inc.                    | 8
      HSBC                            | Hong Shing Building Co., Ltd.     | 8
      ACE Technologies                | Asia Cargo Express                | 8
      Joyfull                         | Joifull                           | 2
      Apex Gramin Bank                | Saurashtra Uttar Gramin Bank      | 7
      Alpha Foods                     | Omega Motors                      | 8
      """)
  void observe_picksTheStrongestLevelThatHolds(String left, String right, int level) {
    EncodedAccount a = encode(left, null, "US");
    EncodedAccount b = encode(right, null, "US");
    TokenStatistics stats = TestAccounts.statistics(List.of(a), List.of(b));
    Observation o = new NameLevels().observe(a, stats.weights(a), b, stats.weights(b), stats);
    assertThat(o.level()).isEqualTo(level);
  }

  /**
   * A name in another script against its Latin spelling, without a website: the whole name's sound
   * decides the level when the words do not agree, stronger for longer names; a short name's skeleton
   * alone is weak evidence (names that differ in vowels share it), its consonants and vowels together
   * ("Joyfull" / ジョイフル) as strong as a shorter phonetic key. Two Latin spellings that only sound
   * alike stay apart, even with the same vowels ("Alinco" / "Arinko").
   */
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Unet Credit Finance Services    | אנט כרדט פננס סרוסס בע"מ          | SOUNDS_ALIKE
      Samba Financial Group           | شركة سمب فننسل گرپ                | SOUNDS_ALIKE
      Doosan Enerbility               | 두산에너빌리티                    | SOUNDS_ALIKE_SHORTER
      Alinma Bank                     | شركة النم بنك                     | SAME_WORDS
      Athens Water Supply and Sewerage | ΑΘΕΝΣ ΒΑΤΕΡ ΣΥΠΠΛΥ ΑΝΔ ΣΕΒΕΡΑΓΕ    | SOUNDS_ALIKE
      Melisron                        | מלסרן בע"מ                        | SOUNDS_ALIKE_SHORTER
      Joyfull                         | ジョイフル                        | SOUNDS_ALIKE_SHORTER
      Recomm                          | レコッム                          | SOUNDS_ALIKE_SHORTER
      UBcare                          | 웁카레                            | SOUNDS_ALIKE_SHORTER
      PolyPid                         | פליפד בע"מ                        | TRANSLITERATED
      Sanyo                           | ソニー                            | NOTHING_SHARED
      Sunny                           | ソニー                            | NOTHING_SHARED
      Joy Food                        | ジョイフル                        | NOTHING_SHARED
      SABIC                           | سابك                              | SAME_WORDS
      Gazprom                         | ПАО Газпром                       | SAME_WORDS
      Alinco                          | アリンコ                          | SOUNDS_ALIKE_SHORTER
      Alinco                          | Arinko                            | TRANSLITERATED
      Alpha Zulu Industries           | Bravo Zulu Industries             | CLOSE_SPELLING
      Metro Bank                      | Madrid Pink                       | NOTHING_SHARED
      Hyundai Steel                   | 현대제철                          | SOUNDS_ALIKE_SHORTER
      Honda Steel                     | 현대제철                          | CLOSE_SPELLING
      Lotte Shopping                  | 롯데쇼핑                          | SAME_WORDS
      Rostelecom                      | Ростелеком                        | SOUNDS_ALIKE_SHORTER
      Dutch-Bangla Bank PLC           | ডাচ্-বাংলা ব্যাংক পিএলসি           | SOUNDS_ALIKE
      SWM                             | Stadtwerke München GmbH           | INITIALS
      JCB                             | 株式会社ジェーシービー               | SAME_WORDS
      Summit Partners                 | Sam It Bart Nurse                 | NOTHING_SHARED
      """)
  void observe_namesAcrossScripts_soundLevels(String left, String right, String level) throws ReflectiveOperationException {
    EncodedAccount a = encode(left, null, "US");
    EncodedAccount b = encode(right, null, "US");
    TokenStatistics stats = TestAccounts.statistics(List.of(a), List.of(b));
    Observation o = new NameLevels().observe(a, stats.weights(a), b, stats.weights(b), stats);
    assertThat(o.level()).isEqualTo(NameLevels.class.getField(level).getInt(null));
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Zylonix        | Zylonix       | Pacific   | Pacific
      """)
  void observe_rareWordsAreStrongerEvidenceThanCommonOnes(String rareA, String rareB, String commonA, String commonB) {
    EncodedAccount ra = encode(rareA, null, "US");
    EncodedAccount rb = encode(rareB, null, "US");
    EncodedAccount ca = encode(commonA, null, "US");
    EncodedAccount cb = encode(commonB, null, "US");
    // "pacific" is in many records of these lists, "zylonix" in two.
    List<EncodedAccount> left = List.of(ra, ca, encode("Pacific Foods", null, "US"), encode("Pacific Motors", null, "US"));
    TokenStatistics stats = TestAccounts.statistics(left, List.of(rb, cb, encode("Pacific Media", null, "US")));
    NameLevels levels = new NameLevels();
    Observation rare = levels.observe(ra, stats.weights(ra), rb, stats.weights(rb), stats);
    Observation common = levels.observe(ca, stats.weights(ca), cb, stats.weights(cb), stats);
    assertThat(rare.level()).isEqualTo(NameLevels.SAME_WORDS);
    assertThat(common.level()).isEqualTo(NameLevels.SAME_WORDS);
    assertThat(rare.rarity()).isGreaterThan(common.rarity());
  }

  @org.junit.jupiter.api.Test
  void observe_missingNameIsMissing() {
    EncodedAccount named = encode("Acme", "acme.com", "US");
    EncodedAccount unnamed = encode(null, "acme.com", "US");
    TokenStatistics stats = TestAccounts.statistics(List.of(named), List.of(unnamed));
    assertThat(new NameLevels().observe(named, stats.weights(named), unnamed, stats.weights(unnamed), stats).isMissing()).isTrue();
  }

  /**
   * A generic name inside a longer one: when the shorter name is only common words among company
   * names (the background's: in one name in a thousand or more) and the longer one's extra word is
   * rarer than any shared one, the extra word is what names the company, and counts against the pair
   * as a differing word does. Not beside a brand, even one frequent in the lists (weights set by
   * hand: "tesco" in many of the lists' records), nor when the extra word is the commoner.
   */
  @ParameterizedTest(name = "{0} / {1}, shared word {2}, extra word {3}: counted as a differing word {4}")
  @CsvSource(delimiter = '|', textBlock = """
      China Bank | China Construction Bank | 4.0 | 7.0 | true
      China Bank | China Construction Bank | 4.0 | 3.0 | false
      Tesco Bank | Tesco Express Bank      | 4.0 | 7.0 | false
      """)
  void observe_contained_extraWordCountsFullyWhenTheSharedWordsAreCommonAndItIsRarer(
      String shorter, String longer, float sharedWord, float extraWord, boolean full) {
    double factor = full ? NameLevels.UNMATCHED : NameLevels.UNMATCHED_CONTAINED;
    EncodedAccount a = encode(shorter, null, "CN");
    EncodedAccount b = encode(longer, null, "CN");
    float[] wa = {sharedWord, 1.0f};
    float[] wb = {sharedWord, extraWord, 1.0f};
    TokenStatistics stats = TestAccounts.statisticsWithBackground(List.of(a), List.of(b));
    Observation o = new NameLevels().observe(a, wa, b, wb, stats);
    assertThat(o.level()).isEqualTo(NameLevels.CONTAINS);
    double shared = sharedWord + NameComparator.FURTHER_WORD_FACTOR * 1.0;
    assertThat(o.rarity()).isCloseTo(shared - factor * extraWord, org.assertj.core.data.Offset.offset(1e-4));
  }

  /**
   * Across scripts, "one name contains the other" gives way to agreeing sound keys when its words
   * say less than the sound does (common words, a word met only by its first letters: セガサミー
   * "segasami" / "Sega", "Sammy" left over), and stays when they say more (rare words).
   */
  @ParameterizedTest(name = "words of rarity {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2.0  | SOUNDS_ALIKE_SHORTER
      12.0 | CONTAINS
      """)
  void observe_containsAcrossScripts_yieldsToSoundWhenWeaker(float rarity, String level) throws ReflectiveOperationException {
    EncodedAccount a = encode("Sega Sammy Holdings", null, "JP");
    EncodedAccount b = encode("セガサミーホールディングス", null, "JP");
    float[] wa = new float[a.nameTokens().length];
    float[] wb = new float[b.nameTokens().length];
    java.util.Arrays.fill(wa, rarity);
    java.util.Arrays.fill(wb, rarity);
    TokenStatistics stats = TestAccounts.statistics(List.of(a), List.of(b));
    Observation o = new NameLevels().observe(a, wa, b, wb, stats);
    assertThat(o.level()).isEqualTo(NameLevels.class.getField(level).getInt(null));
  }

  /** The thresholds at which a partial word level gives way to a sound level are those levels' weights. */
  @org.junit.jupiter.api.Test
  void soundEvidence_equalsTheModelsSoundLevelWeights() {
    var levels = io.venn.decide.MatchModel.standard().comparison("name").levels();
    assertThat(NameLevels.SOUND_EVIDENCE_SHORTER)
        .isCloseTo(levels.get(NameLevels.SOUNDS_ALIKE_SHORTER).weight(), org.assertj.core.api.Assertions.within(0.01));
    assertThat(NameLevels.SOUND_EVIDENCE_LONG)
        .isCloseTo(levels.get(NameLevels.SOUNDS_ALIKE).weight(), org.assertj.core.api.Assertions.within(0.01));
  }
}
