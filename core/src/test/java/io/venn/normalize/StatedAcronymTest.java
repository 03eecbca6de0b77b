package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedAcronymTest {
  /** The initialism goes from the words, so the legal form before it is taken off too, and is kept as the name's own. */
  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Oil and Natural Gas Corporation (ONGC)          | oil and natural gas         | ongc
      Bharat Heavy Electricals Limited (BHEL)         | bharat heavy electricals    | bhel
      Mobile Telecommunication Company of Iran (MCI)  | mobile telecommunication company of iran | mci
      """)
  void parse_statedInitialism_isNoWordOfTheName(String raw, String words, String acronym) {
    CompanyName name = CompanyNames.parse(raw, "IN");
    assertThat(String.join(" ", name.tokens())).isEqualTo(words);
    assertThat(name.statedAcronym()).isEqualTo(acronym);
  }

  /** Brackets that are no initialism of the words before them stay where the other readers put them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Acme (UK)
      Acme Holdings (PTY)
      ACME (Ltd)
      (ABC)
      Zylon Brook (ZX)
      Acme
      """)
  void split_bracketsThatAreNoInitialism_areNone(String raw) {
    assertThat(StatedAcronym.split(raw)).isNull();
  }

  /** A record's name may be its whole 4M characters: the check scans once (a hang guard, not a speed figure). */
  @org.junit.jupiter.api.Test
  void split_aHugeNameEndingInABracket_isReadAtOnce() {
    String huge = "a".repeat(1 << 22);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
      assertThat(StatedAcronym.split(huge + ")")).isNull();
      assertThat(StatedAcronym.split(huge + " b (AB)")).isNotNull();
    });
  }
}
