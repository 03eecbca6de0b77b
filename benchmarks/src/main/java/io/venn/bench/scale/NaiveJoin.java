package io.venn.bench.scale;

import io.venn.bench.accuracy.PredictedPair;
import io.venn.normalize.Domains;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The floor every Venn figure is compared with: an exact-key hash join, the least a "match" could
 * cost. A right record joins the first left record with the same registrable domain, else the same
 * name lower-cased with its spaces collapsed. No fuzzy names, no scoring, one thread.
 *
 * <p>It reads the lists with the same {@code CsvAccountReader} as Venn (in {@link MatchWorker}), so
 * the two figures differ only in what happens after reading.
 */
public final class NaiveJoin {
  private NaiveJoin() {}

  /** Pairs of records sharing a key, each scored 1.0; each right record joins at most one left one. */
  public static List<PredictedPair> link(List<Account> left, List<Account> right) {
    Map<String, Integer> byKey = new HashMap<>(left.size() * 4);
    for (int i = 0; i < left.size(); i++) {
      for (String key : keys(left.get(i))) {
        byKey.putIfAbsent(key, i);
      }
    }
    List<PredictedPair> out = new ArrayList<>();
    for (Account r : right) {
      for (String key : keys(r)) {
        Integer i = byKey.get(key);
        if (i != null) {
          out.add(new PredictedPair(left.get(i).id(), r.id(), 1.0));
          break;
        }
      }
    }
    return out;
  }

  /** The join keys of a record, domain first: "d:acme.co.uk", "n:acme industries ltd". */
  static List<String> keys(Account a) {
    List<String> keys = new ArrayList<>(2);
    String domain = a.domain() == null ? null : Domains.registrable(a.domain()).orNull();
    if (domain != null) {
      keys.add("d:" + domain);
    }
    if (a.name() != null) {
      String name = a.name().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (!name.isEmpty()) {
        keys.add("n:" + name);
      }
    }
    return keys;
  }
}
