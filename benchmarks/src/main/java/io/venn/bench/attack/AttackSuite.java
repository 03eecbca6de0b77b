package io.venn.bench.attack;

import io.venn.bench.data.CompanySample;
import io.venn.bench.data.GeneratedLists;
import io.venn.bench.data.GeneratorConfig;
import io.venn.bench.data.PartnerListGenerator;
import io.venn.bench.data.TruePair;
import io.venn.encode.AccountEncoder;
import io.venn.encode.BlindProfile;
import io.venn.encode.EncodedAccount;
import io.venn.encode.EncodingKey;
import io.venn.encode.TokenPriors;
import io.venn.normalize.AccountNormalizer;
import io.venn.normalize.CanonicalAccount;
import io.venn.pipeline.Match;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.MatchResult;
import io.venn.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plays the attackers against 20,000 real companies encoded under a random secret, with the current
 * encoding and with {@link BlindProfile}, and writes the figures as Markdown.
 *
 * <p>Run (a few minutes):
 * {@code java -Xmx3g -cp benchmarks/target/venn-benchmarks.jar io.venn.bench.attack.AttackSuite [--size 20000] [--out benchmarks/results/attack.md] [--accuracy-only]}
 */
public final class AttackSuite {
  private AttackSuite() {}

  public static void main(String[] args) throws IOException {
    int size = 20_000;
    boolean accuracyOnly = false;
    Path out = Path.of("benchmarks/results/attack.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--size" -> size = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--accuracy-only" -> accuracyOnly = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; usage: AttackSuite [--size N] [--out FILE] [--accuracy-only]");
      }
    }
    if (accuracyOnly) {
      accuracy().forEach(System.out::println);
      return;
    }
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    long started = System.nanoTime();
    Victims victims = new Victims(CompanySample.load(), size, 20261202L, EncodingKey.fromSecret(secret));
    String[] truth = victims.trueNames();
    String[] trueCountries = victims.trueCountries();
    String[] publicNames = distinctPublicNames(victims);
    List<String> md = new ArrayList<>();

    md.add(String.format(Locale.ROOT, "%,d real companies (bundled sample) encoded under a random 32-byte secret; the attacker's public "
        + "list is the whole sample (%,d names), which contains every victim. A guess is right when it names the record's company "
        + "(its normalized name).", size, victims.publicSize()));
    md.add("");
    md.add("| attacker | attack | current encoding: re-identified (precision) | blind profile: re-identified (precision) |");
    md.add("|---|---|---|---|");
    String[][] row = new String[6][2];
    String[] frequencyGuesses = new String[2 * size];
    for (Scheme s : Scheme.values()) {
      int c = s.ordinal();
      FrequencyAttack.Outcome f = new FrequencyAttack(s, victims).run();
      Reidentification freq = Reidentification.score("frequency", f.guesses(), truth);
      row[0][c] = cell(freq) + String.format(Locale.ROOT, "; %,d tokens named, %.1f%% rightly", f.tokensRecovered(),
          100.0 * f.tokensRight() / Math.max(1, f.tokensRecovered()));
      long[][] filters = victims.encoded(s).stream().map(EncodedAccount::nameFilter).toArray(long[][]::new);
      String[] bloom = BloomAttack.run(filters, f.guesses(), publicNames,
          s == Scheme.BLIND ? victims::publicCountryOfName : name -> "");
      row[1][c] = cell(Reidentification.score("bloom", bloom, truth));
      row[2][c] = countryCell(f.countries(), trueCountries);
      row[3][c] = cell(Reidentification.score("dictionary", PartnerAttack.dictionary(victims, s), truth));
      PartnerAttack.Probes p = PartnerAttack.probes(victims, s, 100);
      row[4][c] = String.format(Locale.ROOT, "%d/%d members found, %d/%d non-members", p.membersFound(), p.members(), p.othersFound(), p.others());
      System.out.printf(Locale.ROOT, "%s done after %.0f s%n", s, (System.nanoTime() - started) / 1e9);
    }
    PartnerAttack.Payloads sealed = PartnerAttack.payloads(victims);
    row[5][0] = row[5][1] = String.format(Locale.ROOT, "%d/%d opened with the secret alone, %d/%d with another record's released share; "
        + "%d distinct sealed size(s)", sealed.openedWithoutShare(), sealed.sealed(), sealed.openedWithOtherShare(), sealed.sealed(),
        sealed.distinctSizes());
    String[][] labels = {
      {"matcher (no secret)", "token frequencies vs public word counts, then names fitting the named tokens"},
      {"matcher (no secret)", "Bloom-filter bootstrap from the records named above (2 rounds)"},
      {"matcher (no secret)", "country learnt (country token, or keys that carry it)"},
      {"partner (secret + file)", "dictionary: encode every public name, look tokens and domain up"},
      {"partner (secret)", "one-record probe lists matched against the list (engine, no service limits)"},
      {"partner (secret + file)", "sealed payloads (names) of records the service did not release (Sealer with release shares)"},
    };
    for (int i = 0; i < row.length; i++) {
      md.add("| " + labels[i][0] + " | " + labels[i][1] + " | " + row[i][0] + " | " + row[i][1] + " |");
    }
    md.add("");
    md.addAll(accuracy());
    md.add("");
    md.addAll(speed(victims));
    md.add("");
    md.add(String.format(Locale.ROOT, "Suite run time: %.0f s.", (System.nanoTime() - started) / 1e9));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, md);
    md.forEach(System.out::println);
  }

  private static String[] distinctPublicNames(Victims victims) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (int p = 0; p < victims.publicSize(); p++) {
      names.add(victims.publicName(p));
    }
    return names.toArray(String[]::new);
  }

  static String cell(Reidentification r) {
    return String.format(Locale.ROOT, "**%.1f%%** (%.1f%%)", 100 * r.fraction(), 100 * r.precision());
  }

  private static String countryCell(String[] guesses, String[] truth) {
    Reidentification r = Reidentification.score("country", guesses, truth);
    return String.format(Locale.ROOT, "**%.1f%%** of records (%.1f%%)", 100 * r.fraction(), 100 * r.precision());
  }

  /** Plaintext versus blind-profile F1 on a generated pair of lists, one key for both. */
  private static List<String> accuracy() {
    GeneratedLists lists = PartnerListGenerator.standard().generate(GeneratorConfig.of(10_000, 42));
    EncodingKey key = EncodingKey.fromSecret("attack-suite-accuracy-key".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    AccountEncoder encoder = AccountEncoder.withKey(key);
    BlindProfile profile = BlindProfile.of(key);
    List<EncodedAccount> l = Pipeline.encodeAll(lists.left(), encoder, 2);
    List<EncodedAccount> r = Pipeline.encodeAll(lists.right(), encoder, 2);
    MatchConfig config = MatchConfig.builder().threads(2).build();
    MatchResult plainResult = Pipeline.matchEncoded(l, r, encoder.priors(), config);
    MatchResult blindResult = Pipeline.matchEncoded(l.stream().map(profile::apply).toList(), r.stream().map(profile::apply).toList(),
        TokenPriors.blind(), config);
    double[] plain = f1(lists, plainResult);
    double[] blind = f1(lists, blindResult);
    List<String> out = new ArrayList<>(List.of(
        "Accuracy on generated lists (10,000 x 10,000, seed 42, default threshold, one key for both):",
        "",
        "| mode | precision | recall | F1 |",
        "|---|---|---|---|",
        String.format(Locale.ROOT, "| plaintext features | %.4f | %.4f | %.4f |", plain[0], plain[1], plain[2]),
        String.format(Locale.ROOT, "| blind profile | %.4f | %.4f | %.4f |", blind[0], blind[1], blind[2]),
        "",
        "Recall per kind of variation where the two differ by a point or more (plaintext / blind):"));
    Set<String> foundPlain = found(lists, plainResult);
    Set<String> foundBlind = found(lists, blindResult);
    for (io.venn.bench.data.VariationKind kind : io.venn.bench.data.VariationKind.values()) {
      int n = 0;
      int p = 0;
      int b = 0;
      for (TruePair t : lists.truth()) {
        if (t.kinds().contains(kind)) {
          n++;
          p += foundPlain.contains(t.leftId() + "|" + t.rightId()) ? 1 : 0;
          b += foundBlind.contains(t.leftId() + "|" + t.rightId()) ? 1 : 0;
        }
      }
      if (n > 0 && Math.abs(p - b) >= 0.01 * n) {
        out.add(String.format(Locale.ROOT, "%s %.3f / %.3f (%d pairs);", kind.name().toLowerCase(Locale.ROOT), (double) p / n, (double) b / n, n));
      }
    }
    return out;
  }

  private static Set<String> found(GeneratedLists lists, MatchResult result) {
    Set<String> found = new HashSet<>();
    for (Match m : result.matches()) {
      found.add(lists.left().get(m.left()).id() + "|" + lists.right().get(m.right()).id());
    }
    return found;
  }

  private static double[] f1(GeneratedLists lists, MatchResult result) {
    Set<String> truth = new HashSet<>();
    for (TruePair t : lists.truth()) {
      truth.add(t.leftId() + "|" + t.rightId());
    }
    int tp = 0;
    for (Match m : result.matches()) {
      if (truth.contains(lists.left().get(m.left()).id() + "|" + lists.right().get(m.right()).id())) {
        tp++;
      }
    }
    double p = result.matches().isEmpty() ? 1 : (double) tp / result.matches().size();
    double rc = (double) tp / truth.size();
    return new double[] {p, rc, 2 * p * rc / (p + rc)};
  }

  /** Records per second on one thread, best of five passes over the victims (the word caches warm). */
  private static List<String> speed(Victims victims) {
    AccountNormalizer normalizer = AccountNormalizer.standard();
    List<CanonicalAccount> canonical = victims.accounts().stream().map(normalizer::normalize).toList();
    AccountEncoder encoder = victims.encoder();
    BlindProfile profile = victims.profile();
    double plain = 0;
    double blind = 0;
    for (int pass = 0; pass < 5; pass++) {
      long t0 = System.nanoTime();
      long sink = 0;
      for (CanonicalAccount c : canonical) {
        sink += encoder.encode(c, "r", null).domain();
      }
      long t1 = System.nanoTime();
      for (CanonicalAccount c : canonical) {
        sink += profile.apply(encoder.encode(c, "r", null)).domain();
      }
      long t2 = System.nanoTime();
      plain = Math.max(plain, canonical.size() / ((t1 - t0) / 1e9));
      blind = Math.max(blind, canonical.size() / ((t2 - t1) / 1e9) + (sink == 42 ? 1 : 0));
    }
    return List.of(String.format(Locale.ROOT, "Encoding speed (one thread, normalized records, best of 5 passes over the %,d victims; "
        + "not JMH): current %,.0f records/s, with the blind profile %,.0f records/s.", canonical.size(), plain, blind));
  }
}
