package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicSchwaTest {

  /**
   * Romanized as companies write their Latin names: no vowel after a word's last consonant, except
   * after a cluster (not an s one), in "-iya" and in a one-letter word. ICU writes ऑ as "o", and
   * loanwords as they sound ("motars", "stet"): the words are as they fold, not as English.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      राष्ट्रीय इस्पात निगम लिमिटेड | rashtriya ispat nigam
      बजाज ऑटो लिमिटेड           | bajaj oto
      टाटा मोटर्स                  | tata motars
      भारतीय स्टेट बैंक            | bharatiya stet baink
      गुप्त                        | gupta
      मित्र                        | mitra
      सिस्टम्स                     | sistams
      व                            | va
      ভারতীয় স্টেট ব্যাংক          | bharatiya stet bank
      અમૂલ                         | amul
      """)
  void words_romanizedWithoutTheUnsaidFinalVowel(String indic, String folded) {
    assertThat(String.join(" ", CompanyNames.parse(indic, "IN").tokens())).isEqualTo(folded);
  }

  @Test
  void text_withoutThoseScripts_isReturnedAsIs() {
    String latin = "Acme Corp";
    assertThat(IndicSchwa.withoutFinalVowels(latin)).isSameAs(latin);
    assertThat(IndicSchwa.withoutFinalVowels("トヨタ")).isEqualTo("トヨタ");
  }

  @Test
  void finalConsonant_getsItsScriptsVirama_andVowelSignsStay() {
    assertThat(IndicSchwa.withoutFinalVowels("निगम")).isEqualTo("निगम\u094D");
    assertThat(IndicSchwa.withoutFinalVowels("टाटा")).isEqualTo("टाटा");
    assertThat(IndicSchwa.withoutFinalVowels("अमूल")).isEqualTo("अमूल\u094D");
    assertThat(IndicSchwa.withoutFinalVowels("અમૂલ")).isEqualTo("અમૂલ\u0ACD");
    assertThat(IndicSchwa.withoutFinalVowels("राज़")).isEqualTo("राज़\u094D"); // after the nukta
  }
}
