package io.venn.view;

import io.venn.cluster.Entity;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    SideMatrix matrix = matrix(viewer, PopulationCounts.count(left, right, entities), partnerPolicy, minCount);

    List<SharedPair> shared = new ArrayList<>();
    for (int e = 0; e < entities.size(); e++) {
      Entity entity = entities.get(e);
      int[] myIdx = viewer == Side.LEFT ? entity.left() : entity.right();
      int[] theirIdx = viewer == Side.LEFT ? entity.right() : entity.left();
      for (int m : myIdx) {
        for (int t : theirIdx) {
          String theirPopulation = theirs.of(t);
          if (partnerPolicy.forPopulation(theirPopulation).level() == Level.OVERLAPS) {
            shared.add(new SharedPair(m, mine.of(m), t, theirPopulation, scores[e]));
          }
        }
      }
    }
    return new SideMatches(matrix.rows(), matrix.columns(), matrix.cells(), shared);
  }

  /**
   * One side's matrix from a match's counts, under the partner's policy: all my populations as rows,
   * the partner's populations it does not hide as columns, and a cell per (row, column) whose count
   * is suppressed where the partner's population is {@code COUNTS} and the count under {@code
   * minCount}. The one place a policy turns counts into cells: {@link #matches} uses it too.
   *
   * @param counts the match's counts, left populations by right populations, under no policy
   * @param minCount cells of {@code COUNTS} columns with fewer overlaps than this, zero included,
   *     are suppressed; 0 or 1 turns suppression off
   */
  public static SideMatrix matrix(Side viewer, PopulationCounts counts, SharingPolicy partnerPolicy, int minCount) {
    List<String> rows = viewer == Side.LEFT ? counts.left() : counts.right();
    List<String> columns = new ArrayList<>();
    for (String p : viewer == Side.LEFT ? counts.right() : counts.left()) {
      if (partnerPolicy.forPopulation(p).level() != Level.HIDDEN) {
        columns.add(p);
      }
    }
    List<SideView.Cell> cells = new ArrayList<>(rows.size() * columns.size());
    for (String row : rows) {
      for (String col : columns) {
        int n = viewer == Side.LEFT ? counts.entities(row, col) : counts.entities(col, row);
        boolean countsOnly = partnerPolicy.forPopulation(col).level() == Level.COUNTS;
        // Zero is suppressed too: showing "0" but "< k" for 1..k-1 would tell a one-record list
        // exactly whether its account is the partner's customer.
        boolean suppressed = countsOnly && minCount > 1 && n < minCount;
        cells.add(new SideView.Cell(row, col, suppressed ? 0 : n, suppressed));
      }
    }
    return new SideMatrix(rows, columns, cells);
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
