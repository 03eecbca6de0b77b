package io.venn.bench.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The population mix of one side, skewed as CRM exports are: many prospects, fewer customers, a thin
 * tail of open opportunities and partners.
 */
final class Populations {
  static final Populations OURS = new Populations(
      List.of("Prospects", "Customers", "Open Opportunities", "Churned"), new int[] {45, 30, 18, 7});
  static final Populations THEIRS = new Populations(
      List.of("Prospects", "Customers", "Open Opportunities", "Partners"), new int[] {50, 28, 15, 7});

  private final List<String> names;
  private final int[] cumulative;

  private Populations(List<String> names, int[] weights) {
    this.names = names;
    this.cumulative = new int[weights.length];
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  String draw(SplittableRandom r) {
    int p = r.nextInt(cumulative[cumulative.length - 1]);
    for (int i = 0; i < cumulative.length; i++) {
      if (p < cumulative[i]) {
        return names.get(i);
      }
    }
    throw new AssertionError("unreachable");
  }
}
