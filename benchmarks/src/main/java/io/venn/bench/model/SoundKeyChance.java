package io.venn.bench.model;

import io.venn.normalize.AccountNormalizer;
import io.venn.normalize.CanonicalAccount;
import io.venn.normalize.CompanyName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How often a short name's sound key agrees by chance across scripts, against how often it agrees
 * for one company: for every left-right pair of a labelled set where exactly one name is written in
 * an abjad (Hebrew, Arabic) and the other in Latin letters of an account in a country that writes in
 * one (any two such countries: the key's evidence does not depend on the country's), the share of pairs
 * whose short-name keys ({@link CompanyName#shortNameKey}: the abjad key there) are equal, among the
 * truth's pairs and among all other pairs; beside it the same shares for the vowel key those names
 * carried before abjad keys ({@link CompanyName#vowelKey}). The chance share is the key's u, the
 * truth's share its m.
 *
 * <p>Run: {@code java -cp benchmarks/target/venn-benchmarks.jar io.venn.bench.model.SoundKeyChance
 * core/src/test/resources/crm-corpus/dev core/src/test/resources/crm-corpus/heldout}
 */
public final class SoundKeyChance {
  private SoundKeyChance() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: SoundKeyChance <labelled set directory>...");
      System.exit(2);
    }
    AccountNormalizer normalizer = AccountNormalizer.standard();
    for (String spec : args) {
      LabelledLists lists = LabelledLists.load(spec);
      List<CanonicalAccount> left = normalize(normalizer, lists.left());
      List<CanonicalAccount> right = normalize(normalizer, lists.right());
      Set<Long> truth = new HashSet<>();
      lists.truth().forEach(p -> truth.add(((long) p[0] << 32) | p[1]));
      long[] abjad = new long[4]; // truth pairs, of them agreeing; other pairs, of them agreeing
      long[] vowel = new long[4];
      List<Integer> leftIn = inAbjadCountries(left);
      List<Integer> rightIn = inAbjadCountries(right);
      for (int i : leftIn) {
        if (!lists.inPart().test(i)) {
          continue; // a ":even" / ":odd" part counts only its own left records, as its truth does
        }
        CanonicalAccount a = left.get(i);
        for (int j : rightIn) {
          CanonicalAccount b = right.get(j);
          if (a.name().abjad() == b.name().abjad() || a.name().nonLatin() && b.name().nonLatin()) {
            continue; // not one abjad name against one Latin name
          }
          boolean same = truth.contains(((long) i << 32) | j);
          count(abjad, same, a.name().shortNameKey(a.country()), b.name().shortNameKey(b.country()));
          count(vowel, same, a.name().vowelKey(), b.name().vowelKey());
        }
      }
      System.out.printf("%s: abjad name against Latin name: %,d same-company pairs, %,d other pairs%n",
          spec, abjad[0], abjad[2]);
      System.out.printf("  short-name key (abjad key): agrees for %s of the same-company pairs (m), %s of the others (u)%n",
          share(abjad[1], abjad[0]), share(abjad[3], abjad[2]));
      System.out.printf("  vowel key (before):         agrees for %s of the same-company pairs (m), %s of the others (u)%n",
          share(vowel[1], vowel[0]), share(vowel[3], vowel[2]));
      // Few such cross-script pairs exist, so also the key's chance agreement where there are many
      // pairs: every two short Latin names of one list (different companies, different words), keyed
      // as they would be for accounts in an abjad-writing country.
      long[] chance = new long[2];
      for (List<CanonicalAccount> list : List.of(left, right)) {
        List<String> keys = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (CanonicalAccount a : list) {
          String key = a.name().nonLatin() || !a.name().phoneticKey().isEmpty() ? "" : a.name().shortNameKey("IL");
          if (key.startsWith("a:")) {
            keys.add(key);
            words.add(a.name().tokens());
          }
        }
        for (int x = 0; x < keys.size(); x++) {
          for (int y = x + 1; y < keys.size(); y++) {
            if (!words.get(x).equals(words.get(y))) {
              chance[0]++;
              if (keys.get(x).equals(keys.get(y))) {
                chance[1]++;
              }
            }
          }
        }
      }
      System.out.printf("  abjad key between two short Latin names of one list (different words): agrees for %s pairs%n",
          share(chance[1], chance[0]));
    }
  }

  private static List<CanonicalAccount> normalize(AccountNormalizer normalizer, List<io.venn.read.Account> accounts) {
    List<CanonicalAccount> out = new ArrayList<>(accounts.size());
    accounts.forEach(a -> out.add(normalizer.normalize(a)));
    return out;
  }

  /**
   * The records whose sound key carries an abjad key: names without a phonetic key, in an abjad or
   * Latin names of accounts in a country that writes in one (those too short for the abjad key carry
   * the vowel key as before).
   */
  private static List<Integer> inAbjadCountries(List<CanonicalAccount> accounts) {
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < accounts.size(); j++) {
      CanonicalAccount a = accounts.get(j);
      // Only names whose sound key carries the short-name key: a name with a phonetic key is keyed by that
      if (a.name().phoneticKey().isEmpty() && a.name().shortNameKey(a.country()).startsWith("a:")) {
        out.add(j);
      }
    }
    return out;
  }

  private static void count(long[] tally, boolean same, String keyA, String keyB) {
    int base = same ? 0 : 2;
    tally[base]++;
    if (!keyA.isEmpty() && keyA.equals(keyB)) {
      tally[base + 1]++;
    }
  }

  private static String share(long part, long whole) {
    return whole == 0 ? "-" : String.format("%,d of %,d (%.2g)", part, whole, (double) part / whole);
  }
}
