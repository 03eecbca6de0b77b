package io.venn.bench.attack;

import io.venn.bench.attack.Scheme.Feature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matcher without the secret: counts how many records carry each token, lines the counts up
 * with the counts of the keys the scheme would produce for a public list of company names that
 * contains the victims (a token whose count fits exactly one public key is taken to be that key),
 * then names each record whose recovered keys, word count and token counts fit exactly one public
 * name.
 */
final class FrequencyAttack {
  /** Tokens seen in fewer records are not lined up: too many keys share such small counts. */
  static final int MIN_COUNT = 4;

  private final Scheme scheme;
  private final Victims victims;
  /** Per feature: token -> key the attacker believes it is. */
  private final List<Map<Long, String>> recovered = new ArrayList<>();
  private final List<Map<Long, Integer>> tokenCounts = new ArrayList<>();
  private final List<Map<String, Integer>> keyCounts = new ArrayList<>();

  FrequencyAttack(Scheme scheme, Victims victims) {
    this.scheme = scheme;
    this.victims = victims;
  }

  /** What the attack learnt: its record guesses and how right its token mapping was. */
  record Outcome(String[] guesses, int tokensRecovered, int tokensRight, String[] countries) {}

  Outcome run() {
    double share = (double) victims.size() / victims.publicSize();
    int recoveredCount = 0;
    int right = 0;
    for (Feature f : Feature.values()) {
      Map<Long, Integer> tc = new HashMap<>();
      for (int v = 0; v < victims.size(); v++) {
        for (long t : distinct(Scheme.tokens(victims.encoded(scheme, v))[f.ordinal()])) {
          tc.merge(t, 1, Integer::sum);
        }
      }
      Map<String, Integer> kc = new HashMap<>();
      for (int p = 0; p < victims.publicSize(); p++) {
        for (String k : new HashSet<>(Arrays.asList(victims.publicKeys(scheme, p)[f.ordinal()]))) {
          if (k != null) {
            kc.merge(k, 1, Integer::sum);
          }
        }
      }
      tokenCounts.add(tc);
      keyCounts.add(kc);
      Map<Long, String> mapping = align(tc, kc, share);
      recovered.add(mapping);
      Map<Long, String> truth = victims.trueKeys(scheme, f);
      recoveredCount += mapping.size();
      for (Map.Entry<Long, String> e : mapping.entrySet()) {
        if (e.getValue().equals(truth.get(e.getKey()))) {
          right++;
        }
      }
    }
    String[] guesses = new String[victims.size()];
    String[] countries = new String[victims.size()];
    Candidates candidates = new Candidates();
    for (int v = 0; v < victims.size(); v++) {
      guesses[v] = candidates.guess(v);
      countries[v] = countryOf(v, guesses[v]);
    }
    return new Outcome(guesses, recoveredCount, right, countries);
  }

  /**
   * Each token whose count is consistent with exactly one public key's expected count (the key's
   * count times the victims' share, within three standard deviations of sampling) becomes that key.
   */
  static Map<Long, String> align(Map<Long, Integer> tokens, Map<String, Integer> keys, double share) {
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(keys.entrySet());
    sorted.sort(Map.Entry.comparingByValue());
    double[] expected = sorted.stream().mapToDouble(e -> e.getValue() * share).toArray();
    Map<Long, String> out = new HashMap<>();
    for (Map.Entry<Long, Integer> t : tokens.entrySet()) {
      int d = t.getValue();
      if (d < MIN_COUNT) {
        continue;
      }
      int from = lowerBound(expected, d / 3.0 - 3);
      String only = null;
      int fits = 0;
      for (int i = from; i < expected.length && expected[i] <= 3.0 * d + 3; i++) {
        double sigma = Math.sqrt(expected[i] * (1 - share)) + 0.5;
        if (Math.abs(d - expected[i]) <= 3 * sigma) {
          fits++;
          only = sorted.get(i).getKey();
        }
      }
      if (fits == 1) {
        out.put(t.getKey(), only);
      }
    }
    return out;
  }

  private static int lowerBound(double[] a, double x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private String countryOf(int v, String guess) {
    if (guess != null) {
      return victims.publicCountryOfName(guess);
    }
    long token = Scheme.tokens(victims.encoded(scheme, v))[Feature.COUNTRY.ordinal()][0];
    String key = token == 0 ? null : recovered.get(Feature.COUNTRY.ordinal()).get(token);
    if (key == null) {
      return null;
    }
    // "c:FR" today; "C|FR|acme" in the blind profile
    return scheme == Scheme.CURRENT ? key.substring(2) : key.split("\\|")[1];
  }

  private static long[] distinct(long[] tokens) {
    return Arrays.stream(tokens).filter(t -> t != 0).distinct().toArray();
  }

  /** Public names consistent with what the attacker learnt about one record. */
  private final class Candidates {
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final List<Set<String>> recoveredKeys = new ArrayList<>();

    Candidates() {
      for (Feature f : Feature.values()) {
        Set<String> keys = new HashSet<>(recovered.get(f.ordinal()).values());
        recoveredKeys.add(keys);
      }
      for (int p = 0; p < victims.publicSize(); p++) {
        String[][] keys = victims.publicKeys(scheme, p);
        for (Feature f : Feature.values()) {
          for (String k : keys[f.ordinal()]) {
            if (k != null && recoveredKeys.get(f.ordinal()).contains(k)) {
              List<Integer> list = postings.computeIfAbsent(f.ordinal() + "\u0000" + k, x -> new ArrayList<>());
              if (list.isEmpty() || list.get(list.size() - 1) != p) {
                list.add(p);
              }
            }
          }
        }
      }
    }

    String guess(int v) {
      long[][] tokens = Scheme.tokens(victims.encoded(scheme, v));
      List<List<Integer>> lists = new ArrayList<>();
      for (Feature f : Feature.values()) {
        for (long t : tokens[f.ordinal()]) {
          String key = t == 0 ? null : recovered.get(f.ordinal()).get(t);
          if (key != null) {
            lists.add(postings.get(f.ordinal() + "\u0000" + key));
          }
        }
      }
      if (lists.isEmpty()) {
        return null;
      }
      lists.sort(java.util.Comparator.comparingInt(List::size));
      String found = null;
      for (int p : lists.get(0)) {
        if (inAll(p, lists) && consistent(tokens, victims.publicKeys(scheme, p))) {
          String name = victims.publicName(p);
          if (found != null && !found.equals(name)) {
            return null;
          }
          found = name;
        }
      }
      return found;
    }

    /** Postings lists are in ascending record order. */
    private boolean inAll(int p, List<List<Integer>> lists) {
      for (int i = 1; i < lists.size(); i++) {
        if (java.util.Collections.binarySearch(lists.get(i), p) < 0) {
          return false;
        }
      }
      return true;
    }

    private boolean consistent(long[][] tokens, String[][] keys) {
      for (Feature f : Feature.values()) {
        long[] t = tokens[f.ordinal()];
        String[] k = keys[f.ordinal()];
        if (f.perWord() && t.length != k.length) {
          return false;
        }
        for (int i = 0; i < t.length && i < k.length; i++) {
          if ((t[i] == 0) != (k[i] == null)) {
            if (f != Feature.COUNTRY && f != Feature.CITY) {
              return false;
            }
            continue;
          }
          if (t[i] == 0) {
            continue;
          }
          String known = recovered.get(f.ordinal()).get(t[i]);
          if (known != null) {
            if (!known.equals(k[i])) {
              return false;
            }
          } else {
            // An unnamed token cannot be a key the attacker has named elsewhere, and its count
            // must fit the key's count in the public list.
            if (recoveredKeys.get(f.ordinal()).contains(k[i])) {
              return false;
            }
            int d = tokenCounts.get(f.ordinal()).getOrDefault(t[i], 0);
            double e = keyCounts.get(f.ordinal()).getOrDefault(k[i], 0) * ((double) victims.size() / victims.publicSize());
            if (Math.abs(d - e) > 3 * Math.sqrt(e) + 2) {
              return false;
            }
          }
        }
      }
      return true;
    }
  }
}
