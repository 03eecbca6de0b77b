package io.venn.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClustererTest {
  @Test
  void oneToOne_fuzzyNameCannotFanOut_bestScoreWins() {
    List<ScoredPair> accepted =
        List.of(new ScoredPair(0, 0, 0.95), new ScoredPair(0, 1, 0.99), new ScoredPair(1, 1, 0.97), new ScoredPair(2, 1, 0.93));
    // Greedy: (0,1) is best, after which every other pair reuses left 0 or right 1.
    assertThat(Clusterer.oneToOne(accepted)).containsExactly(new ScoredPair(0, 1, 0.99));
  }

  @Test
  void oneToOne_tiesBrokenByIndex_deterministic() {
    List<ScoredPair> accepted = List.of(new ScoredPair(1, 0, 0.9), new ScoredPair(0, 0, 0.9));
    assertThat(Clusterer.oneToOne(accepted)).containsExactly(new ScoredPair(0, 0, 0.9));
  }

  @Test
  void entities_connected_duplicatesInsideOneListCollapse() {
    // left 0 and left 3 are duplicates of one company; both matched right 5
    List<ScoredPair> pairs = List.of(new ScoredPair(0, 5, 0.99), new ScoredPair(3, 5, 0.98), new ScoredPair(1, 2, 0.97));
    List<Entity> entities = Clusterer.entities(pairs, ClusterMode.CONNECTED);
    assertThat(entities).containsExactlyInAnyOrder(
        new Entity(new int[] {0, 3}, new int[] {5}), new Entity(new int[] {1}, new int[] {2}));
  }

  @Test
  void entities_oneToOne_onePairEach() {
    List<ScoredPair> pairs = List.of(new ScoredPair(0, 5, 0.99), new ScoredPair(1, 2, 0.97));
    assertThat(Clusterer.entities(pairs, ClusterMode.ONE_TO_ONE))
        .containsExactly(new Entity(new int[] {0}, new int[] {5}), new Entity(new int[] {1}, new int[] {2}));
  }

  @Test
  void entities_connected_chainAcrossBothLists_oneEntityWithSortedIndices() {
    // 7~4, 2~4, 2~9, 0~9 form one company seen four times; 5~1 stands alone
    List<ScoredPair> pairs = List.of(new ScoredPair(7, 4, 0.95), new ScoredPair(5, 1, 0.99), new ScoredPair(2, 4, 0.93),
        new ScoredPair(2, 9, 0.92), new ScoredPair(0, 9, 0.91));
    assertThat(Clusterer.entities(pairs, ClusterMode.CONNECTED))
        .containsExactly(new Entity(new int[] {0, 2, 7}, new int[] {4, 9}), new Entity(new int[] {5}, new int[] {1}));
  }

  @Test
  void entities_connected_noPairs_noEntities() {
    assertThat(Clusterer.entities(List.of(), ClusterMode.CONNECTED)).isEmpty();
  }
}
