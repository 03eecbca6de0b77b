package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNameTest {

  /**
   * A host below a company's domain names a division when its first label spells words of the
   * record's own name run together, the last one possibly cut short; not a word that merely starts
   * alike, and not a bare prefix of one word.
   */
  @ParameterizedTest(name = "{0} in [{1}]: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      animation            | toei animation                      | true
      medicalcare          | acme medical care                   | true
      global               | acme global                         | true
      hongxinelectrontechg | xiamen hongxin electron tech group  | true
      toeianim             | toei animation                      | true
      investors            | acme                                | false
      acmex                | acme holdings                       | false
      ac                   | acme                                | false
      acmeholdingsx        | acme holdings                       | false
      """)
  void spells_hostLabel(String label, String name, boolean spells) {
    CompanyName words = new CompanyName(Arrays.asList(name.split(" ")), List.of());
    assertThat(words.spells(label)).isEqualTo(spells);
  }
}
