package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      15-048-3782                     | duns:150483782
      ' 15 048 3782 '                 | duns:150483782
      DUNS 150483782                  | duns:150483782
      D-U-N-S® Number: 15-048-3782    | duns:150483782
      001234567                       | duns:001234567
      HWUPKR0MPOU8FGXBT394            | lei:HWUPKR0MPOU8FGXBT394
      506700GE1G29325QX363            | lei:506700GE1G29325QX363
      7LTWFZYICNSX8D621K86            | lei:7LTWFZYICNSX8D621K86
      LEI: hwupkr0mpou8fgxbt394       | lei:HWUPKR0MPOU8FGXBT394
      lei code 529900T8BM49AURSDO55   | lei:529900T8BM49AURSDO55
      HRB 86891                       | reg:HRB86891
      00445790                        | reg:00445790
      CNPJ 33.000.167/0001-01         | reg:CNPJ33000167000101
      """)
  void normalize_recognisedIds(String raw, String expected) {
    assertThat(Registrations.normalize(raw)).isEqualTo(Normalized.ok(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      DUNS 12345678           | INVALID_DUNS
      DUNS: 1234567890        | INVALID_DUNS
      HWUPKR0MPOU8FGXBT395    | INVALID_LEI
      LEI 1234                | INVALID_LEI
      ---                     | UNRECOGNISED_REGISTRATION
      """)
  void normalize_rejected(String raw, Reason reason) {
    assertThat(Registrations.normalize(raw).reason()).isEqualTo(reason);
  }
}
