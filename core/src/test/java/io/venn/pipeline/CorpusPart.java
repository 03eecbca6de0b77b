package io.venn.pipeline;

import io.venn.read.Account;
import io.venn.read.CsvAccountReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One part of a labelled corpus under test resources (crm-corpus/SOURCE.txt): two CRM lists read
 * the way the CLI reads them, the true pairs by kind, and the labelled hard-negative pairs by kind.
 */
record CorpusPart(String folder, List<Account> left, List<Account> right, Map<String, String> truth,
    Map<String, String> hardNegatives) {

  static CorpusPart load(String folder) throws IOException {
    return new CorpusPart(folder, accounts(folder + "/left.csv"), accounts(folder + "/right.csv"),
        pairs(folder + "/truth.csv"), pairs(folder + "/hard-negatives.csv"));
  }

  /** What a run got right and wrong, overall and by labelled kind. */
  Scores score(MatchResult result) {
    Map<String, int[]> found = new TreeMap<>();
    Map<String, int[]> keptApart = new TreeMap<>();
    java.util.Set<String> predicted = new java.util.HashSet<>();
    int truePositives = 0;
    for (Match m : result.matches()) {
      String key = left.get(m.left()).id() + "|" + right.get(m.right()).id();
      predicted.add(key);
      truePositives += truth.containsKey(key) ? 1 : 0;
    }
    truth.forEach((key, kind) -> count(found, kind, predicted.contains(key)));
    hardNegatives.forEach((key, kind) -> count(keptApart, kind, !predicted.contains(key)));
    return new Scores(folder, truePositives, predicted.size(), truth.size(), found, keptApart);
  }

  /**
   * Writes the false matches and the missed pairs (with their kind) under {@code dir}, for whoever
   * tunes the model: call it on the DEV part only (reading held-out mistakes is tuning on them).
   */
  void writeMistakes(MatchResult result, Path dir) throws IOException {
    Files.createDirectories(dir);
    String name = folder.replace('/', '-');
    List<String> falseMatches = new ArrayList<>();
    java.util.Set<String> predicted = new java.util.HashSet<>();
    for (Match m : result.matches()) {
      String key = left.get(m.left()).id() + "|" + right.get(m.right()).id();
      predicted.add(key);
      if (!truth.containsKey(key)) {
        falseMatches.add(String.format("%.3f %s %s  ~  %s  %s", m.score(), hardNegatives.getOrDefault(key, "-"),
            describe(left.get(m.left())), describe(right.get(m.right())), m.reasons()));
      }
    }
    Map<String, Account> leftById = new HashMap<>();
    Map<String, Account> rightById = new HashMap<>();
    left.forEach(a -> leftById.put(a.id(), a));
    right.forEach(a -> rightById.put(a.id(), a));
    List<String> missed = new ArrayList<>();
    truth.forEach((key, kind) -> {
      if (!predicted.contains(key)) {
        String[] ids = key.split("\\|");
        missed.add(kind + "  " + describe(leftById.get(ids[0])) + "  ~  " + describe(rightById.get(ids[1])));
      }
    });
    java.util.Collections.sort(missed);
    Files.write(dir.resolve(name + "-false-matches.txt"), falseMatches);
    Files.write(dir.resolve(name + "-missed.txt"), missed);
  }

  private static String describe(Account a) {
    return a.name() + " [" + a.domain() + " " + a.country() + "]";
  }

  private static void count(Map<String, int[]> counts, String kind, boolean hit) {
    int[] c = counts.computeIfAbsent(kind, k -> new int[2]);
    c[0] += hit ? 1 : 0;
    c[1]++;
  }

  /**
   * @param found per kind of true pair: {found, total}
   * @param keptApart per kind of hard negative: {not matched, total}
   */
  record Scores(String folder, int truePositives, int predicted, int actual, Map<String, int[]> found,
      Map<String, int[]> keptApart) {
    double precision() {
      return predicted == 0 ? 1 : (double) truePositives / predicted;
    }

    double recall() {
      return actual == 0 ? 1 : (double) truePositives / actual;
    }

    double recall(String kind) {
      int[] c = found.get(kind);
      return (double) c[0] / c[1];
    }

    double keptApart(String kind) {
      int[] c = keptApart.get(kind);
      return (double) c[0] / c[1];
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(String.format("%s: precision %.4f recall %.4f (tp %d, predicted %d, actual %d)",
          folder, precision(), recall(), truePositives, predicted, actual));
      found.forEach((k, c) -> s.append(String.format("%n  %-18s recall     %.4f (%d/%d)", k, (double) c[0] / c[1], c[0], c[1])));
      keptApart.forEach((k, c) -> s.append(String.format("%n  %-18s kept apart %.4f (%d/%d)", k, (double) c[0] / c[1], c[0], c[1])));
      return s.toString();
    }
  }

  private static List<Account> accounts(String resource) throws IOException {
    List<Account> out = new ArrayList<>();
    try (InputStream in = open(resource)) {
      CsvAccountReader.standard().read(in, resource, out::add);
    }
    return out;
  }

  private static Map<String, String> pairs(String resource) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (Reader reader = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        out.put(r.get("left_id") + "|" + r.get("right_id"), r.get("kind"));
      }
    }
    return out;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = CorpusPart.class.getResourceAsStream("/" + resource);
    if (in == null) {
      throw new IOException("missing test resource " + resource);
    }
    return in;
  }
}
