package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpelledOutInitialsTest {

  /** Registry names that spell out their own initialism, and names that only look like it. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      PGE Polska Grupa Energetyczna S.A.              | pge
      ABB Asea Brown Boveri Ltd                       | abb
      BBVA Banco Bilbao Vizcaya Argentaria, S.A.      | bbva
      XY Corp Xeno Yak                                | xy
      DZ BANK AG Deutsche Zentral-Genossenschaftsbank | dz bank ag deutsche zentral genossenschaftsbank
      PGE POLSKA GRUPA ENERGETYCZNA SA                | pge
      Big Blue Insurance Group                        | big
      Red River Energy Trading Development            | red river energy trading development
      ABN AMRO Bank N.V. Depositary receipts          | abn amro bank nv depositary receipts
      BofA Bank of America                            | bofa bank of america
      ACE Technologies Corp                           | ace technologies
      SAS Scandinavian Airlines                       | sas scandinavian airlines
      """)
  void parse_initialismAndItsExpansion_keepsTheInitialism(String raw, String expected) {
    assertThat(CompanyNames.parse(raw, null).tokens()).isEqualTo(Arrays.asList(expected.split(" ")));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      PGE                       | PGE Polska Grupa Energetyczna S.A.
      ABB Ltd                   | ABB Asea Brown Boveri Ltd
      """)
  void parse_eitherFormOfARegistryName_sameWords(String crm, String registry) {
    List<String> a = CompanyNames.parse(crm, null).tokens();
    assertThat(CompanyNames.parse(registry, null).tokens()).isEqualTo(a);
  }
}
