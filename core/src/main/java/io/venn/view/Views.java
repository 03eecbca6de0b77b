package io.venn.view;

import io.venn.cluster.Entity;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds each side's view of a match under the other side's sharing policy. A view never contains a
 * record that is not in an entity, never a population the partner hides, and never a field the
 * partner's policy for that population does not name.
 */
public final class Views {
  private Views() {}

  /**
   * @param viewer whose view this is
   * @param left the left list, by index as the entities refer to it
   * @param right the right list
   * @param entities matched entities
   * @param scores the score of each entity, by entity index (the best pair's score)
   * @param partnerPolicy the other side's policy towards the viewer
   * @param minCount cells of {@code COUNTS} columns with fewer overlaps than this, zero included,
   *     are suppressed; 0 or 1 turns suppression off
   */
  public static SideView of(
      Side viewer,
      List<Account> left,
      List<Account> right,
      List<Entity> entities,
      double[] scores,
      SharingPolicy partnerPolicy,
      int minCount) {
    SideMatches matches =
        matches(viewer, ListPopulations.of(left), ListPopulations.of(right), entities, scores, partnerPolicy, minCount);
    List<Account> mine = viewer == Side.LEFT ? left : right;
    List<Account> theirs = viewer == Side.LEFT ? right : left;
    List<SharedRecord> shared = new ArrayList<>(matches.shared().size());
    for (SharedPair p : matches.shared()) {
      shared.add(shared(p, mine.get(p.mine()), theirs.get(p.theirs()), partnerPolicy));
    }
    return new SideView(matches.rows(), matches.columns(), matches.cells(), shared);
  }

  /**
   * The view of {@link #of} without its records: what the matrix and the counts need, and which
   * pairs the records shown come from. Only the populations of matched records are asked for.
   *
   * @param left the left list's populations, by index as the entities refer to it
   * @param right the right list's populations
   */
  public static SideMatches matches(
      Side viewer,
      ListPopulations left,
      ListPopulations right,
      List<Entity> entities,
      double[] scores,
      SharingPolicy partnerPolicy,
      int minCount) {
    ListPopulations mine = viewer == Side.LEFT ? left : right;
    ListPopulations theirs = viewer == Side.LEFT ? right : left;

    List<String> rows = new ArrayList<>(mine.labels());
    List<String> columns = new ArrayList<>();
    for (String p : theirs.labels()) {
      if (partnerPolicy.forPopulation(p).level() != Level.HIDDEN) {
        columns.add(p);
      }
    }

    Map<String, Integer> counts = new LinkedHashMap<>();
    List<SharedPair> shared = new ArrayList<>();
    for (int e = 0; e < entities.size(); e++) {
      Entity entity = entities.get(e);
      int[] myIdx = viewer == Side.LEFT ? entity.left() : entity.right();
      int[] theirIdx = viewer == Side.LEFT ? entity.right() : entity.left();
      Set<String> cellsHit = new LinkedHashSet<>();
      for (int m : myIdx) {
        for (int t : theirIdx) {
          String myPopulation = mine.of(m);
          String theirPopulation = theirs.of(t);
          Level level = partnerPolicy.forPopulation(theirPopulation).level();
          if (level == Level.HIDDEN) {
            continue;
          }
          cellsHit.add(myPopulation + '\u0000' + theirPopulation);
          if (level == Level.OVERLAPS) {
            shared.add(new SharedPair(m, myPopulation, t, theirPopulation, scores[e]));
          }
        }
      }
      for (String cell : cellsHit) {
        counts.merge(cell, 1, Integer::sum);
      }
    }

    List<SideView.Cell> cells = new ArrayList<>();
    for (String row : rows) {
      for (String col : columns) {
        int n = counts.getOrDefault(row + '\u0000' + col, 0);
        boolean countsOnly = partnerPolicy.forPopulation(col).level() == Level.COUNTS;
        // Zero is suppressed too: showing "0" but "< k" for 1..k-1 would tell a one-record list
        // exactly whether its account is the partner's customer.
        boolean suppressed = countsOnly && minCount > 1 && n < minCount;
        cells.add(new SideView.Cell(row, col, suppressed ? 0 : n, suppressed));
      }
    }
    return new SideMatches(rows, columns, cells, shared);
  }

  /**
   * The record shown for a shared pair: all of my record, and of the partner's only the fields its
   * policy for that record's population names.
   *
   * @param mine my record at {@code pair.mine()}
   * @param theirs the partner's record at {@code pair.theirs()}
   * @throws IllegalArgumentException if the records are not in the pair's populations, or the
   *     partner's population is not {@code OVERLAPS} under {@code partnerPolicy}
   */
  public static SharedRecord shared(SharedPair pair, Account mine, Account theirs, SharingPolicy partnerPolicy) {
    PopulationPolicy policy = partnerPolicy.forPopulation(pair.theirsPopulation());
    if (policy.level() != Level.OVERLAPS
        || !pair.theirsPopulation().equals(theirs.population())
        || !pair.minePopulation().equals(mine.population())) {
      throw new IllegalArgumentException("records " + mine.id() + " ~ " + theirs.id() + " are not the shared pair " + pair);
    }
    return new SharedRecord(
        pair.minePopulation(), allFields(mine), pair.theirsPopulation(), fields(theirs, policy.fields()), pair.score());
  }

  /** All fields of a record the viewer owns; nulls left out. */
  public static Map<String, String> allFields(Account a) {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "id", a.id());
    put(out, "name", a.name());
    put(out, "domain", a.domain());
    put(out, "country", a.country());
    put(out, "city", a.city());
    put(out, "state", a.state());
    put(out, "phone", a.phone());
    put(out, "registration", a.registration());
    put(out, "population", a.population());
    a.attributes().forEach((k, v) -> put(out, k, v));
    return out;
  }

  /** Only the named fields of a partner's record; a named field the record lacks is left out. */
  public static Map<String, String> fields(Account a, List<String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : names) {
      put(out, name, a.field(name));
    }
    return out;
  }

  private static void put(Map<String, String> out, String k, String v) {
    if (v != null) {
      out.put(k, v);
    }
  }
}
