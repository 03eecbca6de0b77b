package io.venn.compare;

import static io.venn.TestAccounts.encode;
import static org.assertj.core.api.Assertions.assertThat;

import io.venn.TestAccounts;
import io.venn.encode.EncodedAccount;
import java.util.List;
import org.junit.jupiter.api.Test;

class CityLevelsTest {
  private final CityLevels levels = new CityLevels();

  private Observation observe(EncodedAccount a, EncodedAccount b) {
    return levels.observe(a, new float[0], b, new float[0], TestAccounts.statistics(List.of(a), List.of(b)));
  }

  @Test
  void acrossScripts_aCityRomanizedAsNoCrmWritesIt_isTheSameCity() {
    EncodedAccount armenian = encode(TestAccounts.account("L1", "«Հայաստանի էլեկտրական ցանցեր» ՓԲԸ", "https://www.ena.am/", "AM", "Երևան"));
    EncodedAccount english = encode(TestAccounts.account("R1", "Electric Networks of Armenia CJSC", null, "AM", "Yerevan"));
    assertThat(observe(armenian, english).level()).isEqualTo(0);
    EncodedAccount gyumri = encode(TestAccounts.account("R2", "Electric Networks of Armenia CJSC", null, "AM", "Gyumri"));
    assertThat(observe(armenian, gyumri).level()).isEqualTo(1);
  }

  @Test
  void twoLatinNames_compareTheirCitiesAsWritten() {
    // within one script both CRMs spell the city alike or name two places
    EncodedAccount a = encode(TestAccounts.account("L1", "Zylon Brook", null, "IL", "Lod"));
    EncodedAccount b = encode(TestAccounts.account("R1", "Zylon Brook", null, "IL", "Lud"));
    assertThat(observe(a, b).level()).isEqualTo(1);
    assertThat(observe(a, encode(TestAccounts.account("R2", "Zylon Brook", null, "IL", null))).isMissing()).isTrue();
  }
}
