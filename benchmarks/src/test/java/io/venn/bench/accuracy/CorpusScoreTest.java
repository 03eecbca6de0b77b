package io.venn.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.read.Account;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusScoreTest {
  private static Account account(String id, String name, String website) {
    return new Account(id, name, website, "Japan", null, null, null, null, "Customer", Map.of(), 2);
  }

  /** Three true pairs of two kinds and two hard negatives, one of them wrongly matched. */
  private static final LabelledCorpus CORPUS = new LabelledCorpus("tiny",
      List.of(account("L1", "Sony Group Corporation", "sony.com"), account("L2", "General Electric", "ge.com"),
          account("L3", "Toyota Motor", "toyota.jp"), account("L4", "Bank of Baroda", "bankofbaroda.bank.in")),
      List.of(account("R1", "ソニー株式会社", "sony.com"), account("R2", "GE", "ge.com"),
          account("R3", "TOYOTA MOTOR CORP", "toyota.jp"), account("R4", "Bank of India", "bankofindia.bank.in")),
      Map.of(Truth.key("L1", "R1"), "native-script", Truth.key("L2", "R2"), "acronym", Truth.key("L3", "R3"), "legal-form"),
      Map.of(Truth.key("L4", "R4"), "sector-word", Truth.key("L2", "R3"), "parent-subsidiary"));

  @Test
  void of_countsOverallPerKindAndHardNegatives() {
    CorpusScore s = CorpusScore.of(CORPUS, List.of(new PredictedPair("L1", "R1", 0.99), new PredictedPair("L3", "R3", 0.95),
        new PredictedPair("L4", "R4", 0.92)), 0.5);

    assertThat(s.overall()).isEqualTo(new Metrics(2, 1, 1));
    assertThat(s.recallByKind()).containsExactly(Map.entry("acronym", new Share(0, 1)), Map.entry("legal-form", new Share(1, 1)),
        Map.entry("native-script", new Share(1, 1)));
    assertThat(s.negativesMatched()).containsExactly(Map.entry("parent-subsidiary", new Share(0, 1)),
        Map.entry("sector-word", new Share(1, 1)));
    assertThat(s.leftSize()).isEqualTo(4);
  }

  @Test
  void of_aPairPredictedTwiceCountsOnce() {
    CorpusScore s = CorpusScore.of(CORPUS, List.of(new PredictedPair("L2", "R2", 0.99), new PredictedPair("L2", "R2", 0.99)), 0.1);
    assertThat(s.overall()).isEqualTo(new Metrics(1, 0, 2));
  }
}
