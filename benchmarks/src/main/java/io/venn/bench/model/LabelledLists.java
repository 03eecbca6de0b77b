package io.venn.bench.model;

import io.venn.pipeline.MatchResult;
import io.venn.read.Account;
import io.venn.read.CsvAccountReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Two lists and their truth ({@code left.csv}, {@code right.csv}, {@code truth.csv: left_id,right_id,...}) from one directory. */
record LabelledLists(String name, List<Account> left, List<Account> right, List<int[]> truth, java.util.function.IntPredicate inPart) {
  /**
   * @param spec a directory, optionally with ":even" or ":odd": only left records whose id hashes to
   *     that half count (truth and predictions), so one set can give a training and a held-out half
   */
  static LabelledLists load(String spec) throws IOException {
    int colon = spec.lastIndexOf(':');
    String half = colon > 0 ? spec.substring(colon + 1) : "all";
    Path dir = Path.of(colon > 0 ? spec.substring(0, colon) : spec);
    LabelledLists all = load(dir);
    if (half.equals("all")) {
      return all;
    }
    int want = switch (half) {
      case "even" -> 0;
      case "odd" -> 1;
      default -> throw new IllegalArgumentException(spec + ": the part must be :even or :odd");
    };
    java.util.function.IntPredicate in = i -> (all.left().get(i).id().hashCode() & 1) == want;
    List<int[]> truth = all.truth().stream().filter(p -> in.test(p[0])).toList();
    return new LabelledLists(spec, all.left(), all.right(), truth, in);
  }

  static LabelledLists load(Path dir) throws IOException {
    List<Account> left = CsvAccountReader.standard().read(dir.resolve("left.csv")).accounts();
    List<Account> right = CsvAccountReader.standard().read(dir.resolve("right.csv")).accounts();
    Map<String, Integer> l = index(left);
    Map<String, Integer> r = index(right);
    List<int[]> truth = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(dir.resolve("truth.csv"))) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        Integer i = l.get(row.get("left_id"));
        Integer j = r.get(row.get("right_id"));
        if (i == null || j == null) {
          throw new IOException(dir.resolve("truth.csv") + ":" + row.getRecordNumber() + ": unknown id " + row.get("left_id") + " / " + row.get("right_id"));
        }
        truth.add(new int[] {i, j});
      }
    }
    return new LabelledLists(dir.toString(), left, right, truth, i -> true);
  }

  private static Map<String, Integer> index(List<Account> accounts) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < accounts.size(); i++) {
      map.put(accounts.get(i).id(), i);
    }
    return map;
  }

  /** The pairs (left, right indices) whose left record is in this part and that the truth does not list. */
  List<int[]> nonMatching(List<int[]> pairs) {
    Set<Long> truthKeys = new HashSet<>();
    truth.forEach(p -> truthKeys.add(((long) p[0] << 32) | p[1]));
    return pairs.stream().filter(p -> inPart.test(p[0]) && !truthKeys.contains(((long) p[0] << 32) | p[1])).toList();
  }

  /** True positives and predictions of a result against the truth. */
  long[] count(MatchResult result) {
    Set<Long> truthKeys = new HashSet<>();
    truth.forEach(p -> truthKeys.add(((long) p[0] << 32) | p[1]));
    List<io.venn.pipeline.Match> mine = result.matches().stream().filter(m -> inPart.test(m.left())).toList();
    long tp = mine.stream().filter(m -> truthKeys.contains(((long) m.left() << 32) | m.right())).count();
    return new long[] {tp, mine.size(), truth.size()};
  }
}
