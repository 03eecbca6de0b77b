package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HangulRomanizerTest {
  /** Worked examples of Revised Romanization's rules, and its departures, as {@link HangulRomanizer} applies them. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      롯데       | lotde       # final ㅅ before a consonant sounds t
      중국       | jungguk     # final ㄱ at the end is k
      국민       | gukmin      # no assimilation: companies write Kookmin
      은행       | eunhaeng    # a final ㄴ carried over to a silent ㅇ
      국어       | gugeo       # a final ㄱ carried over is g
      셀트리온   | selteurion  # ㄹ between vowels is r
      서울       | seoul
      실라       | silla       # ㄹ after ㄹ is l
      라인       | lain        # ㄹ at a word's start is l (a departure: RR writes rain)
      신라       | sinra       # ㄹ after another final is r: no assimilation (RR: silla)
      읽어       | ilgeo       # of a double final before a silent ㅇ, the second is carried over
      없어       | eopseo      # ㅄ: p stays, s is carried over
      좋아       | joa         # a final ㅎ before a silent ㅇ is not written
      닭         | dak         # of a double final, the sounded one
      삼성 전자  | samseong jeonja # a space ends the word
      """)
  void romanize_hangul_revisedRomanization(String hangul, String expected) {
    String latin = HangulRomanizer.romanize(hangul, s -> s);
    assertThat(latin).isEqualTo(expected.replaceAll("\\s*#.*$", ""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ㄱ회사 | [ㄱ]hoesa
      LG전자 | [LG]jeonja
      """)
  void romanize_otherCharacters_passedToTheFallback(String text, String expected) {
    assertThat(HangulRomanizer.romanize(text, s -> "[" + s + "]")).isEqualTo(expected);
  }
}
