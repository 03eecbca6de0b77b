package io.venn.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.cluster.Entity;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The privacy guarantee of a view, over many random lists, matches and policies: it never contains
 * a partner record outside a match, a population the partner hides, or a field its policy does not
 * share, and a COUNTS population never yields a record.
 */
class ViewsPropertyTest {
  private static final List<String> POPULATIONS = List.of("Customers", "Prospects", "Open Opportunities", "Partners");

  @Property(tries = 300)
  void of_neverRevealsWhatPolicyHides(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int minCount) {
    Random random = new Random(seed);
    List<Account> left = accounts(random, "L", random.nextInt(30));
    List<Account> right = accounts(random, "R", random.nextInt(30));
    List<Entity> entities = randomOneToOne(random, left.size(), right.size());
    double[] scores = new double[entities.size()];
    SharingPolicy leftPolicy = RandomPolicies.of(random, POPULATIONS);
    SharingPolicy rightPolicy = RandomPolicies.of(random, POPULATIONS);

    for (Side viewer : Side.values()) {
      List<Account> theirs = viewer == Side.LEFT ? right : left;
      SharingPolicy partnerPolicy = viewer == Side.LEFT ? rightPolicy : leftPolicy;
      Set<String> matchedTheirIds = new HashSet<>();
      for (Entity e : entities) {
        for (int i : viewer == Side.LEFT ? e.right() : e.left()) {
          matchedTheirIds.add(theirs.get(i).id());
        }
      }
      Map<String, Account> theirById = new HashMap<>();
      theirs.forEach(a -> theirById.put(a.id(), a));

      SideView view = Views.of(viewer, left, right, entities, scores, partnerPolicy, minCount);

      for (String column : view.columns()) {
        assertThat(partnerPolicy.forPopulation(column).level()).isNotEqualTo(Level.HIDDEN);
      }
      for (SideView.Cell cell : view.cells()) {
        assertThat(view.columns()).contains(cell.theirs());
      }
      for (SharedRecord shared : view.overlaps()) {
        PopulationPolicy policy = partnerPolicy.forPopulation(shared.theirsPopulation());
        assertThat(policy.level()).isEqualTo(Level.OVERLAPS);
        assertThat(policy.fields()).containsAll(shared.theirs().keySet());
        // Identify the partner record by what was shared: it must be a matched one.
        boolean fromMatch =
            matchedTheirIds.stream()
                .map(theirById::get)
                .anyMatch(a -> a.population().equals(shared.theirsPopulation())
                    && Views.fields(a, policy.fields()).equals(shared.theirs()));
        assertThat(fromMatch).as("shared record comes from a match").isTrue();
      }
    }
  }

  @Property(tries = 100)
  void of_cellCountsEqualForBothSides_whenNothingHidden(@ForAll long seed) {
    Random random = new Random(seed);
    List<Account> left = accounts(random, "L", 1 + random.nextInt(30));
    List<Account> right = accounts(random, "R", 1 + random.nextInt(30));
    List<Entity> entities = randomOneToOne(random, left.size(), right.size());
    double[] scores = new double[entities.size()];
    SideView mine = Views.of(Side.LEFT, left, right, entities, scores, SharingPolicy.COUNTS_ONLY, 0);
    SideView theirs = Views.of(Side.RIGHT, left, right, entities, scores, SharingPolicy.COUNTS_ONLY, 0);
    for (SideView.Cell c : mine.cells()) {
      int other = theirs.cells().stream()
          .filter(t -> t.mine().equals(c.theirs()) && t.theirs().equals(c.mine()))
          .findFirst().orElseThrow().overlaps();
      assertThat(other).isEqualTo(c.overlaps());
    }
  }

  /** A service builds the view from the matched records' populations alone (issue 10): the same view. */
  @Property(tries = 100)
  void matches_fromMatchedPopulationsOnly_isTheViewOfTheWholeLists(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int minCount) {
    Random random = new Random(seed);
    List<Account> left = accounts(random, "L", 1 + random.nextInt(30));
    List<Account> right = accounts(random, "R", 1 + random.nextInt(30));
    List<Entity> entities = randomOneToOne(random, left.size(), right.size());
    double[] scores = new double[entities.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = random.nextDouble();
    }
    SharingPolicy policy = RandomPolicies.of(random, POPULATIONS);
    Set<Integer> matchedLeft = new HashSet<>();
    Set<Integer> matchedRight = new HashSet<>();
    for (Entity e : entities) {
      for (int i : e.left()) {
        matchedLeft.add(i);
      }
      for (int i : e.right()) {
        matchedRight.add(i);
      }
    }
    for (Side viewer : Side.values()) {
      SideView whole = Views.of(viewer, left, right, entities, scores, policy, minCount);
      SideMatches matches = Views.matches(
          viewer, matchedOnly(left, matchedLeft), matchedOnly(right, matchedRight), entities, scores, policy, minCount);

      assertThat(matches.rows()).isEqualTo(whole.rows());
      assertThat(matches.columns()).isEqualTo(whole.columns());
      assertThat(matches.cells()).isEqualTo(whole.cells());
      List<Account> mine = viewer == Side.LEFT ? left : right;
      List<Account> theirs = viewer == Side.LEFT ? right : left;
      assertThat(matches.shared().stream().map(p -> Views.shared(p, mine.get(p.mine()), theirs.get(p.theirs()), policy)).toList())
          .isEqualTo(whole.overlaps());
    }
  }

  /** Populations that answer only for matched records, as a service reading matched records does. */
  private static ListPopulations matchedOnly(List<Account> list, Set<Integer> matched) {
    ListPopulations all = ListPopulations.of(list);
    return new ListPopulations() {
      @Override
      public List<String> labels() {
        return all.labels();
      }

      @Override
      public String of(int index) {
        if (!matched.contains(index)) {
          throw new AssertionError("asked for the population of unmatched record " + index);
        }
        return all.of(index);
      }
    };
  }

  private static List<Account> accounts(Random random, String prefix, int n) {
    List<Account> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, String> attrs = new HashMap<>();
      attrs.put("owner", "owner" + random.nextInt(5));
      attrs.put("industry", "industry" + random.nextInt(5));
      out.add(new Account(prefix + i, "name " + prefix + i, prefix + i + ".com", "US", "city" + i, null,
          "+1555000" + i, null, POPULATIONS.get(random.nextInt(POPULATIONS.size())), attrs, i + 2));
    }
    return out;
  }

  private static List<Entity> randomOneToOne(Random random, int nl, int nr) {
    List<Entity> out = new ArrayList<>();
    Set<Integer> usedRight = new HashSet<>();
    for (int l = 0; l < nl; l++) {
      if (nr == 0 || random.nextInt(3) != 0) {
        continue;
      }
      int r = random.nextInt(nr);
      if (usedRight.add(r)) {
        out.add(new Entity(new int[] {l}, new int[] {r}));
      }
    }
    return out;
  }

}
