package io.venn.bench.attack;

import io.venn.bench.attack.Scheme.Feature;
import io.venn.bench.data.Company;
import io.venn.encode.AccountEncoder;
import io.venn.encode.BlindProfile;
import io.venn.encode.EncodedAccount;
import io.venn.encode.EncodingKey;
import io.venn.normalize.AccountNormalizer;
import io.venn.normalize.CanonicalAccount;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The attacked list and the attacker's public knowledge: {@code size} companies drawn at random
 * from a public list of names (which therefore contains them), encoded under a random secret with
 * the current encoding and with the blind profile.
 */
final class Victims {
  static final String[] POPULATIONS = {"Customers", "Prospects", "Open Opportunities"};

  private final List<Company> publicList;
  private final CanonicalAccount[] publicCanonical;
  private final String[] publicNames;
  private final Map<String, String> countryByName = new HashMap<>();
  private final int[] victimOf;
  private final List<Account> accounts = new ArrayList<>();
  private final EncodingKey key;
  private final AccountEncoder encoder;
  private final BlindProfile profile;
  private final Map<Scheme, List<EncodedAccount>> encoded = new HashMap<>();
  private final Map<Scheme, String[][][]> publicKeys = new HashMap<>();

  Victims(List<Company> publicList, int size, long seed, EncodingKey key) {
    this.publicList = List.copyOf(publicList);
    this.key = key;
    AccountNormalizer normalizer = AccountNormalizer.standard();
    publicCanonical = new CanonicalAccount[publicList.size()];
    publicNames = new String[publicList.size()];
    for (int p = 0; p < publicList.size(); p++) {
      publicCanonical[p] = normalizer.normalize(account("P" + p, publicList.get(p), POPULATIONS[0]));
      publicNames[p] = publicCanonical[p].name().key();
      countryByName.putIfAbsent(publicNames[p], publicCanonical[p].country());
    }
    int[] order = shuffled(publicList.size(), seed);
    victimOf = java.util.Arrays.copyOf(order, size);
    SplittableRandom r = new SplittableRandom(seed + 1);
    for (int v = 0; v < size; v++) {
      accounts.add(account("V" + v, publicList.get(victimOf[v]), POPULATIONS[r.nextInt(POPULATIONS.length)]));
    }
    encoder = AccountEncoder.withKey(key);
    profile = BlindProfile.of(key);
    List<EncodedAccount> current = new ArrayList<>(size);
    for (int v = 0; v < size; v++) {
      current.add(encoder.encode(normalizer.normalize(accounts.get(v)), "r" + v, null));
    }
    encoded.put(Scheme.CURRENT, current);
    encoded.put(Scheme.BLIND, current.stream().map(profile::apply).toList());
    for (Scheme s : Scheme.values()) {
      String[][][] keys = new String[publicList.size()][][];
      for (int p = 0; p < keys.length; p++) {
        keys[p] = s.keys(publicCanonical[p]);
      }
      publicKeys.put(s, keys);
    }
  }

  static Account account(String id, Company c, String population) {
    return new Account(id, c.name(), c.website(), c.country(), c.city(), null, null, null, population, null, 1);
  }

  private static int[] shuffled(int n, long seed) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  int size() {
    return victimOf.length;
  }

  int publicSize() {
    return publicList.size();
  }

  EncodingKey key() {
    return key;
  }

  AccountEncoder encoder() {
    return encoder;
  }

  BlindProfile profile() {
    return profile;
  }

  List<Account> accounts() {
    return accounts;
  }

  List<EncodedAccount> encoded(Scheme s) {
    return encoded.get(s);
  }

  EncodedAccount encoded(Scheme s, int v) {
    return encoded.get(s).get(v);
  }

  String[][] publicKeys(Scheme s, int p) {
    return publicKeys.get(s)[p];
  }

  CanonicalAccount publicCanonical(int p) {
    return publicCanonical[p];
  }

  Company publicCompany(int p) {
    return publicList.get(p);
  }

  String publicName(int p) {
    return publicNames[p];
  }

  String publicCountryOfName(String name) {
    return countryByName.get(name);
  }

  /** The public index each victim was drawn from. */
  int publicIndexOf(int v) {
    return victimOf[v];
  }

  /** Each victim's real normalized name: what a right guess names. */
  String[] trueNames() {
    String[] t = new String[size()];
    for (int v = 0; v < t.length; v++) {
      t[v] = publicNames[victimOf[v]];
    }
    return t;
  }

  String[] trueCountries() {
    String[] t = new String[size()];
    for (int v = 0; v < t.length; v++) {
      t[v] = publicCanonical[victimOf[v]].country();
    }
    return t;
  }

  /** For scoring the attack only: the real key behind each victim token of one feature. */
  Map<Long, String> trueKeys(Scheme s, Feature f) {
    Map<Long, String> m = new HashMap<>();
    for (int v = 0; v < size(); v++) {
      long[] t = Scheme.tokens(encoded(s, v))[f.ordinal()];
      String[] k = publicKeys(s, victimOf[v])[f.ordinal()];
      for (int i = 0; i < t.length && i < k.length; i++) {
        if (t[i] != 0 && k[i] != null) {
          m.put(t[i], k[i]);
        }
      }
    }
    return m;
  }
}
