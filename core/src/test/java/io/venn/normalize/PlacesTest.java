package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      St. Louis         | st louis
      São Paulo         | sao paulo
      Москва            | moskva
      Saint-Étienne     | saint etienne
      '  New   York  '  | new york
      N.Y.              | ny
      Zürich            | zurich
      Île-de-France     | ile de france
      """)
  void fold_realPlaces(String raw, String expected) {
    assertThat(Places.fold(raw)).isEqualTo(Normalized.ok(expected));
  }

  @Test
  void fold_noLetters_isEmpty() {
    assertThat(Places.fold("---").reason()).isEqualTo(Reason.EMPTY);
  }
}
