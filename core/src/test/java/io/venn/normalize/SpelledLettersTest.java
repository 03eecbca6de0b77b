package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpelledLettersTest {

  /** Initialisms written as their letters' names in katakana, hangul and Thai read as the letters. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      株式会社ジェーシービー          | JP | jcb
      ケーディーディーアイ株式会社    | JP | kddi
      エヌ・ティ・ティ・ドコモ株式会社 | JP | ntt dokomo
      エヌイーシー                    | JP | nec
      케이티                          | KR | kt
      에스케이 주식회사               | KR | sk
      บริษัท ซีพี ออลล์ จำกัด (มหาชน)  | TH | cp oll
      """)
  void initialismInLetterNames_isTheLetters(String name, String country, String tokens) {
    assertThat(String.join(" ", CompanyNames.parse(name, country).tokens())).isEqualTo(tokens);
  }

  /** Words that are not only letter names, or one letter, stay words. */
  @Test
  void otherWords_stay() {
    assertThat(SpelledLetters.toLatin("エース")).isEqualTo("エース"); // ace: "エー" then "ス"
    assertThat(SpelledLetters.toLatin("シティバンク")).isEqualTo("シティバンク");
    assertThat(SpelledLetters.toLatin("시티은행")).as("시 is not C").isEqualTo("시티은행");
    assertThat(SpelledLetters.toLatin("エム")).as("one letter").isEqualTo("エム");
    String latin = "Acme Corp";
    assertThat(SpelledLetters.toLatin(latin)).isSameAs(latin);
  }
}
