package io.venn.service.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
  @Test
  void generate_unguessableAndPrefixed() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      keys.add(ApiKeys.generate());
    }
    assertThat(keys).hasSize(1000).allSatisfy(k -> assertThat(k).startsWith("venn_").hasSize(5 + 43));
  }

  @Test
  void hash_isSha256HexAndNeverTheKey() {
    String key = ApiKeys.generate();
    assertThat(ApiKeys.hash(key)).hasSize(64).matches("[0-9a-f]+").isEqualTo(ApiKeys.hash(key)).doesNotContain(key);
    assertThat(ApiKeys.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
