package io.venn.bench.accuracy;

import io.venn.pipeline.Match;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.MatchResult;
import io.venn.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a matcher did on a {@link LabelledCorpus}: overall precision and recall, recall per kind of
 * true pair, and per kind of hard negative how many look-alike pairs were wrongly matched.
 *
 * @param seconds wall time of the match (reading excluded)
 */
public record CorpusScore(String name, int leftSize, int rightSize, Metrics overall, Map<String, Share> recallByKind,
    Map<String, Share> negativesMatched, double seconds) {
  public CorpusScore {
    recallByKind = Collections.unmodifiableMap(new TreeMap<>(recallByKind));
    negativesMatched = Collections.unmodifiableMap(new TreeMap<>(negativesMatched));
  }

  /** Runs Venn as the CLI does ({@code Pipeline.match}, default config) on the corpus and scores it. */
  public static CorpusScore measure(LabelledCorpus corpus) {
    long start = System.nanoTime();
    MatchResult result = Pipeline.match(corpus.left(), corpus.right(), MatchConfig.defaults());
    double seconds = (System.nanoTime() - start) / 1e9;
    List<PredictedPair> pairs = new ArrayList<>(result.matches().size());
    for (Match m : result.matches()) {
      pairs.add(new PredictedPair(corpus.left().get(m.left()).id(), corpus.right().get(m.right()).id(), m.score()));
    }
    return of(corpus, pairs, seconds);
  }

  /** Scores the matcher's pairs (each record in at most one true pair, so every true pair is expected). */
  public static CorpusScore of(LabelledCorpus corpus, Collection<PredictedPair> predicted, double seconds) {
    Set<String> kept = new HashSet<>();
    for (PredictedPair p : predicted) {
      kept.add(Truth.key(p.leftId(), p.rightId()));
    }
    long correct = kept.stream().filter(corpus.truth()::containsKey).count();
    return new CorpusScore(corpus.name(), corpus.left().size(), corpus.right().size(),
        Metrics.of(kept.size(), correct, corpus.truth().size()), byKind(corpus.truth(), kept), byKind(corpus.hardNegatives(), kept),
        seconds);
  }

  private static Map<String, Share> byKind(Map<String, String> labelled, Set<String> kept) {
    Map<String, long[]> counts = new TreeMap<>();
    labelled.forEach((key, kind) -> {
      long[] c = counts.computeIfAbsent(kind, k -> new long[2]);
      c[0] += kept.contains(key) ? 1 : 0;
      c[1]++;
    });
    Map<String, Share> out = new TreeMap<>();
    counts.forEach((kind, c) -> out.put(kind, new Share(c[0], c[1])));
    return out;
  }
}
