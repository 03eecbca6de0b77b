package io.venn.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFilterTest {
  private final NameFilter.Bigrams hash = new NameFilter.Bigrams(TokenHash.keyed(EncodingKey.random().derive("filter", 32)));

  private double dice(String a, String b) {
    return NameFilter.dice(NameFilter.of(a, hash), NameFilter.of(b, hash));
  }

  @Test
  void dice_identicalNames_one() {
    assertThat(dice("bank central asia", "bank central asia")).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "microsoft, microsfot",
    "coca cola, cocacola",
    "johnson and johnson, johnson johnson",
    "schlumberger, schlumberjer",
  })
  void dice_typoAndSpacingVariants_high(String a, String b) {
    assertThat(dice(a, b)).isGreaterThan(0.65);
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({
    "microsoft, oracle",
    "bank central asia, toyota motor",
    "delta, alcoa",
  })
  void dice_unrelatedNames_low(String a, String b) {
    assertThat(dice(a, b)).isLessThan(0.45);
  }

  @Test
  void of_differentKeys_differentFilters() {
    NameFilter.Bigrams other = new NameFilter.Bigrams(TokenHash.keyed(EncodingKey.random().derive("filter", 32)));
    assertThat(NameFilter.of("acme", hash)).isNotEqualTo(NameFilter.of("acme", other));
  }

  @Test
  void of_nonAsciiBigrams_sameAsAnyOtherPath() {
    // Characters outside the ASCII table go through the memoizing hash; equal names, equal filters.
    assertThat(NameFilter.of("zürich ö", hash)).isEqualTo(NameFilter.of("zürich ö", hash));
    assertThat(dice("zürich", "zurich")).isGreaterThan(0.4).isLessThan(1.0);
  }

  @Test
  void of_storesItsBitCount() {
    long[] f = NameFilter.of("bank central asia", hash);
    assertThat(NameFilter.isWellFormed(f)).isTrue();
    assertThat(f[NameFilter.LENGTH - 1]).isPositive().isEqualTo(NameFilter.cardinality(f));
  }

  @Test
  void dice_emptyFilters_zero() {
    assertThat(dice("", "")).isZero();
  }

  @Test
  void dice_lengthMismatch_rejected() {
    assertThatThrownBy(() -> NameFilter.dice(new long[9], new long[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("were 9 and 4");
  }
}
