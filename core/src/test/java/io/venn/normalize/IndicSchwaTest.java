package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicSchwaTest {

  /** Romanized as companies write their Latin names: no vowel after a word's last consonant, with the exceptions Hindi says. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      राष्ट्रीय इस्पात निगम लिमिटेड | rashtriya ispat nigam
      बजाज ऑटो लिमिटेड           | bajaj auto
      टाटा मोटर्स                  | tata motors
      भारतीय स्टेट बैंक            | bharatiya stet bank
      मित्र                        | mitra
      ভারতীয় স্টেট ব্যাংক          | bharatiya stet bank
      અમૂલ                         | amul
      """)
  void words_romanizedWithoutTheUnsaidFinalVowel(String hindi, String latinName) {
    // Compared by whether each word ends in a vowel, not letter for letter: ICU writes ष as "s",
    // ऑ as "o" and the loanwords as they sound ("motars", "stet").
    String folded = String.join(" ", CompanyNames.parse(hindi, "IN").tokens());
    assertThat(folded.split(" ")).hasSameSizeAs(latinName.split(" "));
    String[] got = folded.split(" ");
    String[] want = latinName.split(" ");
    for (int i = 0; i < got.length; i++) {
      assertThat(lastLetterIsVowel(got[i])).as(hindi + ": " + got[i]).isEqualTo(lastLetterIsVowel(want[i]));
    }
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

  private static boolean lastLetterIsVowel(String word) {
    return "aeiou".indexOf(word.charAt(word.length() - 1)) >= 0;
  }
}
