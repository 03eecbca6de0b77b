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
    List<Account> mine = viewer == Side.LEFT ? left : right;
    List<Account> theirs = viewer == Side.LEFT ? right : left;

    List<String> rows = new ArrayList<>(populationsOf(mine));
    List<String> columns = new ArrayList<>();
    for (String p : populationsOf(theirs)) {
      if (partnerPolicy.forPopulation(p).level() != Level.HIDDEN) {
        columns.add(p);
      }
    }

    Map<String, Integer> counts = new LinkedHashMap<>();
    List<SharedRecord> shared = new ArrayList<>();
    for (int e = 0; e < entities.size(); e++) {
      Entity entity = entities.get(e);
      int[] myIdx = viewer == Side.LEFT ? entity.left() : entity.right();
      int[] theirIdx = viewer == Side.LEFT ? entity.right() : entity.left();
      Set<String> cellsHit = new LinkedHashSet<>();
      for (int m : myIdx) {
        for (int t : theirIdx) {
          Account my = mine.get(m);
          Account their = theirs.get(t);
          PopulationPolicy policy = partnerPolicy.forPopulation(their.population());
          if (policy.level() == Level.HIDDEN) {
            continue;
          }
          cellsHit.add(my.population() + '\u0000' + their.population());
          if (policy.level() == Level.OVERLAPS) {
            shared.add(
                new SharedRecord(
                    my.population(), allFields(my), their.population(), fields(their, policy.fields()), scores[e]));
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
    return new SideView(rows, columns, cells, shared);
  }

  private static Set<String> populationsOf(List<Account> accounts) {
    Set<String> pops = new LinkedHashSet<>();
    for (Account a : accounts) {
      pops.add(a.population());
    }
    return pops;
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
