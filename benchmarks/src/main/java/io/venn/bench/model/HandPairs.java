package io.venn.bench.model;

import io.venn.pipeline.Match;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.MatchResult;
import io.venn.pipeline.Pipeline;
import io.venn.read.Account;
import io.venn.read.CsvAccountReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores the hand-written pairs of real companies in {@code benchmarks/hand-pairs/} (see its
 * README): each file's left names join {@code examples/our-accounts.csv}, its right names {@code
 * examples/partner-accounts.csv}, as a background of ordinary records, and one match runs per file.
 * A pair counts as matched when it is a match at the default threshold. Prints each file's counts
 * and every pair decided against its label.
 *
 * <p>{@code java -cp benchmarks/target/venn-benchmarks.jar io.venn.bench.model.HandPairs [file.tsv ...]}
 * from the repository root; no argument runs every file.
 */
public final class HandPairs {
  private HandPairs() {}

  /** One pair: left and right as a CRM holds them, and whether they are one company. */
  record Pair(Account left, Account right, boolean same, int line) {}

  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      files.add(Path.of(a));
    }
    if (files.isEmpty()) {
      try (Stream<Path> all = Files.list(Path.of("benchmarks/hand-pairs"))) {
        all.filter(p -> p.toString().endsWith(".tsv")).sorted().forEach(files::add);
      }
    }
    List<Account> ours = CsvAccountReader.standard().read(Path.of("examples/our-accounts.csv")).accounts();
    List<Account> theirs = CsvAccountReader.standard().read(Path.of("examples/partner-accounts.csv")).accounts();
    int[] total = new int[4];
    for (Path file : files) {
      int[] counts = run(file, ours, theirs);
      for (int i = 0; i < 4; i++) {
        total[i] += counts[i];
      }
    }
    System.out.printf("all: %d of %d same-company pairs matched, %d of %d different-company pairs kept apart%n",
        total[0], total[1], total[2], total[3]);
  }

  /** @return matched positives, positives, kept-apart negatives, negatives */
  static int[] run(Path file, List<Account> background, List<Account> backgroundRight) throws IOException {
    List<Pair> pairs = read(file);
    List<Account> left = new ArrayList<>(background);
    List<Account> right = new ArrayList<>(backgroundRight);
    for (Pair p : pairs) {
      left.add(p.left());
      right.add(p.right());
    }
    MatchResult result = Pipeline.match(left, right, MatchConfig.builder().threshold(1e-4).reasons(false).build());
    Map<Long, Double> scores = new HashMap<>();
    for (Match m : result.matches()) {
      scores.put((long) m.left() << 32 | m.right(), m.score());
    }
    int[] counts = new int[4];
    for (int i = 0; i < pairs.size(); i++) {
      Pair p = pairs.get(i);
      double score = scores.getOrDefault((long) (background.size() + i) << 32 | (backgroundRight.size() + i), 0.0);
      boolean matched = score >= MatchConfig.DEFAULT_THRESHOLD;
      counts[p.same() ? 1 : 3]++;
      if (matched == p.same()) {
        counts[p.same() ? 0 : 2]++;
      } else {
        System.out.printf("  %s:%d %s %.3f  %s | %s  ~  %s | %s%n", file.getFileName(), p.line(), p.same() ? "missed" : "false match",
            score, p.left().name(), p.left().domain(), p.right().name(), p.right().domain());
      }
    }
    System.out.printf("%s: %d of %d same-company pairs matched, %d of %d different-company pairs kept apart%n",
        file.getFileName(), counts[0], counts[1], counts[2], counts[3]);
    return counts;
  }

  /** Nine tab-separated columns: name, website, country, city of each side, then yes or no; "-" is empty; # comments. */
  static List<Pair> read(Path file) throws IOException {
    List<Pair> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 9 || !(f[8].equals("yes") || f[8].equals("no"))) {
        throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected 9 tab-separated fields ending in yes or no");
      }
      out.add(new Pair(account("HL" + n, f, 0), account("HR" + n, f, 4), f[8].equals("yes"), n + 1));
    }
    return out;
  }

  private static Account account(String id, String[] f, int from) {
    return new Account(id, value(f[from]), value(f[from + 1]), value(f[from + 2]), value(f[from + 3]), null, null, null,
        Account.DEFAULT_POPULATION, Map.of(), 0);
  }

  private static String value(String cell) {
    return cell.equals("-") || cell.isBlank() ? null : cell;
  }
}
