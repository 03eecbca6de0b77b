package io.venn.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.cluster.Entity;
import io.venn.read.Account;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewsTest {
  private static Account account(String id, String population) {
    return new Account(id, "Name " + id, id + ".com", "US", null, null, null, null, population, Map.of("owner", "Ann"), 2);
  }

  @Test
  void of_smallCountsCells_zeroIncluded_suppressedSoAOneRecordListCannotProbe() {
    List<Account> mine = List.of(account("m1", "Customers"), account("m2", "Customers"));
    List<Account> theirs = List.of(account("t1", "Prospects"), account("t2", "Customers"));
    List<Entity> one = List.of(new Entity(new int[] {0}, new int[] {0}));
    SideView withMatch = Views.of(Side.LEFT, mine, theirs, one, new double[] {0.99}, SharingPolicy.COUNTS_ONLY, 3);
    SideView without = Views.of(Side.LEFT, mine, theirs, List.of(), new double[0], SharingPolicy.COUNTS_ONLY, 3);
    // Whether or not the account overlaps, the viewer sees the same thing.
    assertThat(withMatch.cells()).isEqualTo(without.cells());
    assertThat(withMatch.cells()).allMatch(SideView.Cell::suppressed);
  }

  @Test
  void of_overlapsColumnsShowExactCountsAndOnlySharedFields() {
    List<Account> mine = List.of(account("m1", "Customers"));
    List<Account> theirs = List.of(account("t1", "Customers"));
    SharingPolicy policy = new SharingPolicy(PopulationPolicy.COUNTS, Map.of("Customers", PopulationPolicy.overlaps("name", "owner")));
    SideView view = Views.of(Side.LEFT, mine, theirs, List.of(new Entity(new int[] {0}, new int[] {0})), new double[] {0.97}, policy, 3);
    assertThat(view.cells()).containsExactly(new SideView.Cell("Customers", "Customers", 1, false));
    assertThat(view.overlaps()).hasSize(1);
    assertThat(view.overlaps().get(0).theirs()).containsOnlyKeys("name", "owner");
  }

  @Test
  void of_hiddenPopulation_noColumnNoRecord() {
    List<Account> mine = List.of(account("m1", "Customers"));
    List<Account> theirs = List.of(account("t1", "Prospects"));
    SharingPolicy policy = new SharingPolicy(PopulationPolicy.overlaps("name"), Map.of("Prospects", PopulationPolicy.HIDDEN));
    SideView view = Views.of(Side.LEFT, mine, theirs, List.of(new Entity(new int[] {0}, new int[] {0})), new double[] {0.97}, policy, 0);
    assertThat(view.columns()).isEmpty();
    assertThat(view.overlaps()).isEmpty();
  }
}
