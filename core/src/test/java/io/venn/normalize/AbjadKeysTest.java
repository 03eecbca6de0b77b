package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbjadKeysTest {

  /** Short names in Hebrew letters and their Latin spellings: one key, where their skeletons differ. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Itamar Medical Ltd.      | אטמר מדכל בע"מ
      Salomon A. Angel Ltd.    | סלמן א אנגל בע"מ
      """)
  void shortNameKey_latinNameInIsraelAndItsHebrewSpelling_agree(String latin, String hebrew) {
    CompanyName a = CompanyNames.parse(latin, "IL");
    CompanyName b = CompanyNames.parse(hebrew, "IL");

    assertThat(a.skeleton()).isNotEqualTo(b.skeleton());
    assertThat(a.shortNameKey("IL")).isNotEmpty().isEqualTo(b.shortNameKey("IL"));
  }

  @Test
  void shortNameKey_latinNameElsewhere_isItsVowelKey() {
    CompanyName name = CompanyNames.parse("Itamar Medical Ltd.", "US");

    assertThat(name.shortNameKey("US")).isEqualTo(name.vowelKey());
    assertThat(name.shortNameKey(null)).isEqualTo(name.vowelKey());
  }

  @Test
  void shortNameKey_hebrewNameWithoutCountry_stillItsAbjadKey_andAShortOneFallsBackToVowels() {
    assertThat(CompanyNames.parse("אטמר מדכל בע\"מ", null).shortNameKey(null)).isEqualTo("a:tmrmdkr");
    CompanyName polypid = CompanyNames.parse("PolyPid Ltd.", "IL"); // "prpd": four consonants
    assertThat(polypid.shortNameKey("IL")).isEqualTo(polypid.vowelKey());
    CompanyName russian = CompanyNames.parse("Газпром", "IL"); // another script that writes vowels
    assertThat(russian.shortNameKey("IL")).isEqualTo(russian.vowelKey());
  }

  @Test
  void encode_latinNameInIsraelAndItsHebrewSpelling_agreeOnTheSoundKeysSecondHalf() {
    io.venn.encode.EncodedAccount latin = io.venn.TestAccounts.encode(
        io.venn.TestAccounts.account("L", "Salomon A. Angel Ltd.", null, "IL", "Jerusalem"));
    io.venn.encode.EncodedAccount hebrew = io.venn.TestAccounts.encode(
        io.venn.TestAccounts.account("R", "סלמן א אנגל בע\"מ", null, "IL", "Jerusalem"));
    io.venn.encode.EncodedAccount elsewhere = io.venn.TestAccounts.encode(
        io.venn.TestAccounts.account("U", "Salomon A. Angel Ltd.", null, "US", "Jerusalem"));

    assertThat(io.venn.encode.AccountEncoder.sameVowels(latin.skeleton(), hebrew.skeleton())).isTrue();
    assertThat(io.venn.encode.AccountEncoder.sameVowels(elsewhere.skeleton(), hebrew.skeleton())).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      itamar medical   | tmrmdkr
      salomon a angel  | srmngr
      polypid          | ''
      cellcom israel   | srkmsr
      """)
  void of_vowelsOffDoubledConsonantsOnce(String words, String expected) {
    assertThat(AbjadKeys.of(java.util.List.of(words.split(" ")))).isEqualTo(expected);
  }
}
