package io.venn.service.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.venn.service.system.BadInputException;
import io.venn.view.Level;
import io.venn.view.PopulationPolicy;
import io.venn.view.SharingPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharingDtoTest {
  private static SharingDto.PolicyDto p(String level, String... fields) {
    return new SharingDto.PolicyDto(level, fields.length == 0 ? null : List.of(fields));
  }

  @Test
  void toPolicy_overridesPerPopulation() {
    SharingPolicy policy =
        new SharingDto(p("counts"), Map.of("Customers", p("OVERLAPS", "name", "domain", "name"), "Prospects", p("HIDDEN")))
            .toPolicy();
    assertThat(policy.defaultPolicy()).isEqualTo(PopulationPolicy.COUNTS);
    assertThat(policy.forPopulation("Customers")).isEqualTo(PopulationPolicy.overlaps("name", "domain"));
    assertThat(policy.forPopulation("Prospects").level()).isEqualTo(Level.HIDDEN);
    assertThat(policy.forPopulation("Partners").level()).isEqualTo(Level.COUNTS);
  }

  @Test
  void of_roundTrips() {
    SharingPolicy policy =
        new SharingPolicy(PopulationPolicy.HIDDEN, Map.of("Customers", PopulationPolicy.overlaps("name", "owner")));
    assertThat(SharingDto.of(policy).toPolicy()).isEqualTo(policy);
  }

  @Test
  void toPolicy_fieldsWithoutOverlaps() {
    assertThatThrownBy(() -> new SharingDto(p("COUNTS", "name"), null).toPolicy())
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("'default'")
        .hasMessageContaining("only be shared with level OVERLAPS");
  }

  @Test
  void toPolicy_overlapsWithoutFields() {
    assertThatThrownBy(() -> new SharingDto(p("COUNTS"), Map.of("Customers", p("OVERLAPS"))).toPolicy())
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("population 'Customers'")
        .hasMessageContaining("needs the fields");
  }

  @Test
  void toPolicy_unknownLevelOrMissingDefault() {
    assertThatThrownBy(() -> new SharingDto(p("EVERYTHING"), null).toPolicy())
        .hasMessageContaining("'EVERYTHING' is not one of [HIDDEN, COUNTS, OVERLAPS]");
    assertThatThrownBy(() -> new SharingDto(null, Map.of()).toPolicy()).hasMessageContaining("'default' is required");
  }

  @Test
  void toPolicy_oddFieldName() {
    assertThatThrownBy(() -> new SharingDto(p("OVERLAPS", "name\"; DROP"), null).toPolicy())
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("is not a field name");
  }
}
