package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeatAfterFormTest {

  /** Registered names of the former Yugoslavia end with the seat; the name is what comes before it. */
  @ParameterizedTest(name = "{0} [{1}] -> {2} / {3}")
  @CsvSource(delimiter = '|', textBlock = """
      Telekom Srbija a.d. Beograd     | RS | telekom srbija       | ad
      Телеком Србија а.д. Београд     | RS | telecom srbija       | ad
      NIS a.d. Novi Sad               | RS | nis                  | ad
      Hemofarm A.D. Vršac             | RS | hemofarm             | ad
      Podravka d.d. Koprivnica        | HR | podravka             | dd
      Krka d.d. Novo mesto            | SI | krka                 | dd
      Delta Holding d.o.o.            | RS | delta holding        | doo
      Silver Mines Ltd., Sydney       | AU | silver mines ltd sydney |
      Bank of Baroda                  | IN | bank of baroda       |
      """)
  void parse_seatAfterTheForm_goesOnlyWhereRegistriesWriteIt(String raw, String country, String tokens, String forms) {
    CompanyName name = SeatAfterForm.parse(raw, country);

    assertThat(String.join(" ", name.tokens())).isEqualTo(tokens);
    assertThat(String.join(", ", name.legalForms())).isEqualTo(forms == null ? "" : forms);
  }
}
