package io.venn.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenHashTest {
  /** Broker mode relies on it: the same value gives the same token in every run, whatever the instance. */
  @Test
  void unkeyed_isDeterministicAcrossInstances_andMemoizedEqualsUncached() {
    TokenHash one = TokenHash.unkeyed(7);
    TokenHash two = TokenHash.unkeyed(7);
    assertThat(one.token("n:acme")).isEqualTo(two.token("n:acme")).isEqualTo(two.uncached("n:acme"));
  }

  @Test
  void seedsAndKeysGiveUnrelatedTokens() {
    byte[] key = EncodingKey.random().derive("token", 32);
    Set<Long> tokens = new HashSet<>();
    tokens.add(TokenHash.unkeyed(1).token("n:acme"));
    tokens.add(TokenHash.unkeyed(2).token("n:acme"));
    tokens.add(TokenHash.keyed(key).token("n:acme"));
    tokens.add(TokenHash.keyed(EncodingKey.random().derive("token", 32)).token("n:acme"));
    assertThat(tokens).hasSize(4).doesNotContain(0L);
    assertThat(TokenHash.keyed(key).token("n:acme")).isEqualTo(TokenHash.keyed(key).uncached("n:acme"));
  }

  /** 0 means "missing" in an encoding: no value of a large sample hashes to it, nor do two collide. */
  @Test
  void tokensOfManyValues_areNeverZeroAndDistinct() {
    TokenHash hash = TokenHash.unkeyed(3);
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      long t = hash.uncached("v" + i);
      assertThat(t).isNotZero();
      seen.add(t);
    }
    assertThat(seen).hasSize(100_000);
  }
}
