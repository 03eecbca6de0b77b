package io.venn.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class LongIntHashMapTest {
  @Property(tries = 200)
  void add_behavesLikeHashMap(@ForAll @Size(max = 2000) java.util.List<Long> keys) {
    LongIntHashMap map = new LongIntHashMap(4);
    Map<Long, Integer> expected = new HashMap<>();
    for (long k : keys) {
      long key = k == 0 ? 1 : k;
      map.add(key, 1);
      expected.merge(key, 1, Integer::sum);
    }
    assertThat(map.size()).isEqualTo(expected.size());
    expected.forEach((k, v) -> assertThat(map.get(k, -1)).isEqualTo(v));
    assertThat(map.get(Long.MIN_VALUE + 12345, -7)).isEqualTo(expected.getOrDefault(Long.MIN_VALUE + 12345, -7));
  }

  @Property(tries = 100)
  void trimmed_sameEntriesInASmallerTable(@ForAll @Size(max = 2000) java.util.List<Long> keys) {
    LongIntHashMap map = new LongIntHashMap(4 * keys.size() + 4);
    for (long k : keys) {
      map.add(k == 0 ? 1 : k, 1);
    }
    LongIntHashMap trimmed = map.trimmed();
    assertThat(trimmed.size()).isEqualTo(map.size());
    assertThat(trimmed.keysForTest()).containsExactlyInAnyOrder(map.keysForTest());
    for (long k : map.keysForTest()) {
      assertThat(trimmed.get(k, -1)).isEqualTo(map.get(k, -1));
    }
  }
}
