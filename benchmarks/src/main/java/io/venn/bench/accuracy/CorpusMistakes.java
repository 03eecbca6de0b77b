package io.venn.bench.accuracy;

import io.venn.decide.Decision;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.Pipeline;
import io.venn.read.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a corpus's false matches and missed pairs with Venn's explanation of each, for whoever
 * tunes the model. Only ever called for the DEV part: reading held-out mistakes is tuning on them.
 */
public final class CorpusMistakes {
  private CorpusMistakes() {}

  /**
   * Writes {@code dir/false-matches.txt} (with the hard-negative kind, or "-") and
   * {@code dir/missed.txt} (with the kind of true pair), one line per pair, grouped by kind.
   *
   * @throws IOException if a file cannot be written
   */
  public static void write(LabelledCorpus corpus, Collection<PredictedPair> predicted, Path dir) throws IOException {
    Map<String, Integer> leftIndex = index(corpus.left());
    Map<String, Integer> rightIndex = index(corpus.right());
    Map<String, Double> scores = new HashMap<>();
    predicted.forEach(p -> scores.put(Truth.key(p.leftId(), p.rightId()), p.score()));
    Map<String, String> falseMatches = new TreeMap<>();
    scores.keySet().stream().filter(k -> !corpus.truth().containsKey(k))
        .forEach(k -> falseMatches.put(k, corpus.hardNegatives().getOrDefault(k, "-")));
    Map<String, String> missed = new TreeMap<>();
    corpus.truth().forEach((k, kind) -> {
      if (!scores.containsKey(k)) {
        missed.put(k, kind);
      }
    });
    Files.createDirectories(dir);
    Files.write(dir.resolve("false-matches.txt"), lines(corpus, falseMatches, leftIndex, rightIndex));
    Files.write(dir.resolve("missed.txt"), lines(corpus, missed, leftIndex, rightIndex));
  }

  private static List<String> lines(LabelledCorpus corpus, Map<String, String> kindByKey, Map<String, Integer> leftIndex,
      Map<String, Integer> rightIndex) {
    List<int[]> pairs = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    kindByKey.forEach((key, kind) -> {
      String[] ids = key.split("\t");
      pairs.add(new int[] {leftIndex.get(ids[0]), rightIndex.get(ids[1])});
      kinds.add(kind);
    });
    List<Decision> why = Pipeline.explain(corpus.left(), corpus.right(), pairs, MatchConfig.defaults());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      out.add(String.format(Locale.ROOT, "%s  %.3f  %s  ~  %s  %s", kinds.get(i), why.get(i).score(),
          describe(corpus.left().get(pairs.get(i)[0])), describe(corpus.right().get(pairs.get(i)[1])), why.get(i).reasons()));
    }
    out.sort(null);
    return out;
  }

  private static String describe(Account a) {
    return a.id() + " " + a.name() + " [" + a.domain() + " " + a.country() + "]";
  }

  private static Map<String, Integer> index(List<Account> accounts) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < accounts.size(); i++) {
      out.put(accounts.get(i).id(), i);
    }
    return out;
  }
}
