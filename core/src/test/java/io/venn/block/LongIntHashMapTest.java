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
}
