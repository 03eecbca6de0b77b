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

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      itamar medical   | tmrmdkr
      salomon a angel  | srmngr
      polypid          | ''
      """)
  void of_vowelsOffDoubledConsonantsOnce(String words, String expected) {
    assertThat(AbjadKeys.of(java.util.List.of(words.split(" ")))).isEqualTo(expected);
  }
}
