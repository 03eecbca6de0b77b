package io.venn.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.bench.accuracy.PredictedPair;
import io.venn.read.Account;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NaiveJoinTest {
  private static Account account(String id, String name, String domain) {
    return new Account(id, name, domain, null, null, null, null, null, null, Map.of(), 2);
  }

  @Test
  void link_sameDomainWrittenDifferently_joined() {
    List<PredictedPair> pairs = NaiveJoin.link(List.of(account("L1", "Acme Ltd", "https://www.acme.co.uk/about")),
        List.of(account("R1", "ACME Limited", "acme.co.uk")));
    assertThat(pairs).containsExactly(new PredictedPair("L1", "R1", 1.0));
  }

  @Test
  void link_sameNameInOtherCaseAndSpacing_joined() {
    List<PredictedPair> pairs = NaiveJoin.link(List.of(account("L1", "Globex  Corp", null), account("L2", "Initech", null)),
        List.of(account("R1", " globex corp", null)));
    assertThat(pairs).containsExactly(new PredictedPair("L1", "R1", 1.0));
  }

  @Test
  void link_fuzzyNameOnly_notJoined() {
    // The floor does no fuzzy matching: a typo or a legal form is a different key.
    List<PredictedPair> pairs = NaiveJoin.link(List.of(account("L1", "Initech Inc", null)), List.of(account("R1", "Initech", null)));
    assertThat(pairs).isEmpty();
  }
}
