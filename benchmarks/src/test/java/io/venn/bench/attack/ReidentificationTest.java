package io.venn.bench.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReidentificationTest {
  @Test
  void score_someRightSomeWrongSomeUnnamed_fractionOverAllPrecisionOverGuesses() {
    String[] truth = {"acme", "zylon", "initech", "globex"};
    String[] guesses = {"acme", "initech", null, "globex"};

    Reidentification r = Reidentification.score("t", guesses, truth);

    assertThat(r.attempted()).isEqualTo(3);
    assertThat(r.correct()).isEqualTo(2);
    assertThat(r.fraction()).isEqualTo(0.5);
    assertThat(r.precision()).isEqualTo(2 / 3.0);
  }

  @Test
  void score_noGuess_nothingReidentifiedPrecisionOne() {
    Reidentification r = Reidentification.score("t", new String[2], new String[] {"a", "b"});
    assertThat(r.fraction()).isZero();
    assertThat(r.precision()).isEqualTo(1.0);
  }

  @Test
  void score_lengthsDiffer_rejected() {
    assertThatThrownBy(() -> Reidentification.score("t", new String[1], new String[2])).hasMessageContaining("1 guesses for 2 records");
  }

  @Test
  void align_tokenCountFitsOneKey_named_ambiguousOrRareLeftAlone() {
    // Public counts; victims are half the public list, so expected token counts are half of these.
    Map<String, Integer> keys = Map.of("n:bank", 400, "n:group", 200, "n:gold", 41, "n:mining", 40, "n:zylon", 2);
    Map<Long, Integer> tokens = Map.of(1L, 198, 2L, 101, 3L, 20, 4L, 1);

    Map<Long, String> named = FrequencyAttack.align(tokens, keys, 0.5);

    assertThat(named).containsEntry(1L, "n:bank").containsEntry(2L, "n:group");
    assertThat(named).doesNotContainKeys(3L, 4L); // 20 fits both "gold" and "mining"; 1 is below the minimum count
  }
}
