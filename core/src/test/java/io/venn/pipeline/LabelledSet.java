package io.venn.pipeline;

import io.venn.read.Account;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A labelled pair of lists shipped under test resources (see accuracy/SOURCE.txt), loaded with a
 * fixed schema so that the accuracy test measures matching and nothing else.
 */
record LabelledSet(List<Account> left, List<Account> right, Map<String, String> truth) {

  static LabelledSet load(String folder) throws IOException {
    List<Account> left = accounts(folder + "/left.csv");
    List<Account> right = accounts(folder + "/right.csv");
    Map<String, String> truth = new HashMap<>();
    for (CSVRecord r : records(folder + "/truth.csv")) {
      truth.put(r.get("left_id") + "|" + r.get("right_id"), r.get("kind"));
    }
    return new LabelledSet(left, right, truth);
  }

  /** Precision and recall of a run against the truth, overall and per kind of variation. */
  Scores score(MatchResult result) {
    int tp = 0;
    List<String> falsePositives = new ArrayList<>();
    Map<String, int[]> perKind = new HashMap<>();
    java.util.Set<String> found = new java.util.HashSet<>();
    for (Match m : result.matches()) {
      String key = left.get(m.left()).id() + "|" + right.get(m.right()).id();
      found.add(key);
      if (truth.containsKey(key)) {
        tp++;
      } else {
        falsePositives.add(describe(m));
      }
    }
    List<String> falseNegatives = new ArrayList<>();
    for (Map.Entry<String, String> t : truth.entrySet()) {
      int[] c = perKind.computeIfAbsent(t.getValue(), k -> new int[2]);
      c[1]++;
      if (found.contains(t.getKey())) {
        c[0]++;
      } else {
        falseNegatives.add(t.getValue() + " " + t.getKey());
      }
    }
    return new Scores(tp, result.matches().size(), truth.size(), perKind, falsePositives, falseNegatives);
  }

  /** Index pairs of "kind left|right" lines as written for false negatives. */
  java.util.List<int[]> indexPairs(List<String> lines) {
    Map<String, Integer> li = new HashMap<>();
    Map<String, Integer> ri = new HashMap<>();
    for (int i = 0; i < left.size(); i++) {
      li.put(left.get(i).id(), i);
    }
    for (int i = 0; i < right.size(); i++) {
      ri.put(right.get(i).id(), i);
    }
    List<int[]> out = new ArrayList<>();
    for (String line : lines) {
      String[] ids = line.substring(line.indexOf(' ') + 1).split("\\|");
      out.add(new int[] {li.get(ids[0]), ri.get(ids[1])});
    }
    return out;
  }

  private String describe(Match m) {
    Account l = left.get(m.left());
    Account r = right.get(m.right());
    return String.format("%.3f  %s [%s %s %s]  ~  %s [%s %s %s]  %s", m.score(), l.name(), l.domain(), l.country(),
        l.city(), r.name(), r.domain(), r.country(), r.city(), m.reasons());
  }

  record Scores(int truePositives, int predicted, int actual, Map<String, int[]> perKind,
      List<String> falsePositives, List<String> falseNegatives) {
    double precision() {
      return predicted == 0 ? 1 : (double) truePositives / predicted;
    }

    double recall() {
      return actual == 0 ? 1 : (double) truePositives / actual;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(String.format("precision %.4f recall %.4f (tp %d, predicted %d, actual %d)",
          precision(), recall(), truePositives, predicted, actual));
      perKind.forEach((k, c) -> s.append(String.format("%n  %-14s recall %.4f (%d/%d)", k, (double) c[0] / c[1], c[0], c[1])));
      return s.toString();
    }
  }

  private static List<Account> accounts(String resource) throws IOException {
    List<Account> out = new ArrayList<>();
    for (CSVRecord r : records(resource)) {
      out.add(new Account(r.get("Id"), blank(r.get("Name")), blank(r.get("Website")), blank(r.get("Country")),
          blank(r.get("City")), null, null, null, r.get("Type"), Map.of(), r.getRecordNumber() + 1));
    }
    return out;
  }

  private static List<CSVRecord> records(String resource) throws IOException {
    var in = LabelledSet.class.getResourceAsStream("/" + resource);
    if (in == null) {
      throw new IOException("missing test resource " + resource);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
