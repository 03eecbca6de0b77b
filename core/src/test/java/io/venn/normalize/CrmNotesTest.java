package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrmNotesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Acme Corp (Duplicate)                 | Acme Corp
      Acme Corp [Inactive]                  | Acme Corp
      Acme Corp *DO NOT USE*                | Acme Corp
      Acme Corp - DNU                       | Acme Corp
      Acme Corp - HQ                        | Acme Corp
      Acme Corp (formerly Foo Inc)          | Acme Corp
      Acme Corp (f/k/a Foo Inc)             | Acme Corp
      Acme Corp (Acquired by Oracle)        | Acme Corp
      Acme Corp (a subsidiary of Oracle)    | Acme Corp
      Helvarion AG (in Liquidation)         | Helvarion AG
      Acme Corp (old) *duplicate*           | Acme Corp
      Acme (France) (Duplicate)             | Acme (France)
      Acme Inc DBA Acme Widgets             | Acme Inc
      Acme Ltd t/a Acme Direct              | Acme Ltd
      Acme Ltd trading as Acme Direct       | Acme Ltd
      Acme Corp (UK)                        | Acme Corp (UK)
      Acme Testing Services - Testing       | Acme Testing Services - Testing
      Acme (Holdings) Ltd                   | Acme (Holdings) Ltd
      Old Mutual plc                        | Old Mutual plc
      (Duplicate)                           | (Duplicate)
      Tokyo Aka Shoji                       | Tokyo Aka Shoji
      Acme Bakery - Old Town                | Acme Bakery - Old Town
      Acme Testing (Test)                   | Acme Testing
      Acme - DO NOT USE!!                   | Acme
      İSTANBUL İNŞAAT DBA Acme              | İSTANBUL İNŞAAT
      AMERICANAS S.A. - EM RECUPERACAO JUDICIAL | AMERICANAS S.A.
      Oi S.A. – Em Recuperação Judicial     | Oi S.A.
      Oi S.A. (em recuperação judicial)     | Oi S.A.
      Zylon GmbH in Insolvenz               | Zylon GmbH
      Zylon Ltd in administration           | Zylon Ltd
      Zylon S.p.A. in amministrazione straordinaria | Zylon S.p.A.
      Zylon SA en liquidation judiciaire    | Zylon SA
      Zylon Sp. z o.o. w likwidacji         | Zylon Sp. z o.o.
      Zylon Resin Liquidation               | Zylon Resin Liquidation
      In Liquidation                        | In Liquidation
      """)
  void strip_notesCrmUsersWriteIntoTheName(String name, String expected) {
    assertThat(CrmNotes.strip(name)).isEqualTo(expected);
  }
}
