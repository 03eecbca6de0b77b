package io.venn.block;

import static io.venn.TestAccounts.encode;
import static org.assertj.core.api.Assertions.assertThat;

import io.venn.encode.NameFilter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameLshTest {
  private static Set<Long> keys(String name) {
    Set<Long> keys = new HashSet<>();
    Arrays.stream(NameLsh.bandKeys(encode(name, null, "US").nameFilter())).forEach(keys::add);
    return keys;
  }

  @Test
  void bandKeys_oneKeyPerBandAndSameNameSameKeys() {
    assertThat(NameLsh.bandKeys(encode("Microsoft", null, "US").nameFilter())).hasSize(NameLsh.BANDS);
    assertThat(keys("Microsoft")).isEqualTo(keys("MICROSOFT Corp."));
  }

  @Test
  void bandKeys_misspeltNameSharesABand() {
    assertThat(keys("Microsoft")).containsAnyElementsOf(keys("Microsfot"));
    assertThat(keys("Cocacola")).containsAnyElementsOf(keys("Coca Cola"));
  }

  @Test
  void bandKeys_unrelatedNamesShareNone() {
    assertThat(keys("Microsoft")).doesNotContainAnyElementsOf(keys("Vandelay Industries"));
  }

  @Test
  void bandKeys_emptyFilterHasNone() {
    assertThat(NameLsh.bandKeys(new long[NameFilter.LENGTH])).isEmpty();
  }
}
