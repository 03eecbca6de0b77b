package io.venn.pipeline;

import io.venn.block.BlockingReport;
import io.venn.block.CandidateIndex;
import io.venn.block.Parts;
import io.venn.block.TokenStatistics;
import io.venn.cluster.ClusterMode;
import io.venn.cluster.Clusterer;
import io.venn.cluster.Entity;
import io.venn.cluster.ScoredPair;
import io.venn.decide.Decision;
import io.venn.decide.Estimator;
import io.venn.decide.FieldScore;
import io.venn.decide.MatchModel;
import io.venn.decide.PairScorer;
import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;
import io.venn.encode.TokenPriors;
import io.venn.matrix.OverlapCounter;
import io.venn.normalize.AccountNormalizer;
import io.venn.normalize.CompanyNames;
import io.venn.matrix.OverlapMatrix;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wires the stages: normalize, encode, block, compare and decide, cluster, matrix. Holds no logic of
 * its own beyond moving data between them in parallel.
 */
public final class Pipeline {
  /** The JDK's logger facade: no logging dependency in core; the service routes it to its own logs. */
  private static final System.Logger LOG = System.getLogger(Pipeline.class.getName());

  /**
   * What broker mode encodes with: the blind-mode features under a fixed, unkeyed hash. Fixed, so the
   * same lists give the same matches in every run (a fresh key per run changed which Bloom-filter
   * bits collide and so moved borderline scores); unkeyed, since in broker mode the server holds
   * the plaintext anyway. Blind mode keys with the partnership's secret, equally fixed per partnership.
   */
  static AccountEncoder brokerEncoder() {
    return AccountEncoder.forBroker();
  }

  private Pipeline() {}

  /** The background word frequencies as broker mode hashes them: hashed once per process, as the hash never changes. */
  private static final class Broker {
    static final TokenPriors PRIORS = brokerEncoder().priors();
  }

  private static TokenPriors brokerPriors() {
    return Broker.PRIORS;
  }

  /**
   * Starts loading, on background threads, what a broker-mode match needs besides the records: the
   * model, the legal-form catalogue, the suffix list, phone metadata and the background word
   * frequencies. Why: a small match is mostly this fixed cost, while the caller's own start-up
   * (reading the files) keeps one core busy and leaves the other idle. Whatever the warm-up has not
   * finished the match loads itself, waiting on the same class initialization, never twice.
   * Returns at once.
   */
  public static void warmUpInBackground() {
    background(() -> CompanyNames.parse("Acme Trading Co., Ltd.", "GB"));
    background(() -> {
      MatchModel.standard();
      brokerPriors();
      AccountNormalizer.standard().normalize(new Account("warm-up", "Acme", "https://www.acme.co.uk/about", "United Kingdom",
          "London", null, "+44 20 7946 0000", null, null, java.util.Map.of(), 0));
    });
  }

  private static void background(Runnable load) {
    Thread t = new Thread(() -> {
      try {
        load.run();
      } catch (Throwable e) {
        // Only a head start: the caller loads the same and reports a failure in its own words.
      }
    }, "venn-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Matches two plaintext lists (broker mode): {@link #match(AccountSource, AccountSource, MatchConfig)}
   * over lists in memory.
   */
  public static MatchResult match(List<Account> left, List<Account> right, MatchConfig config) {
    return match(AccountSource.of(left), AccountSource.of(right), config);
  }

  /**
   * Matches two plaintext lists (broker mode), each read once and encoded as it is read, so the
   * accounts themselves are never all held: encodes both with {@link #brokerEncoder}, so the matcher
   * works on the same features as in blind mode, then runs {@link #matchEncoded}.
   *
   * @throws IllegalStateException if a source hands over a different number of records than its size
   */
  public static MatchResult match(AccountSource left, AccountSource right, MatchConfig config) {
    AccountEncoder encoder = brokerEncoder();
    Progress progress = new Progress(config.progress());
    // Feedback names records by id: only the named ones' indices are remembered while reading.
    FeedbackRules.Ids leftIds = FeedbackRules.leftIds(config.feedback());
    FeedbackRules.Ids rightIds = FeedbackRules.rightIds(config.feedback());
    List<EncodedAccount> l = StreamEncoder.encode(left, encoder, config.threads(), progress, 0.0, 0.15, false, leftIds);
    List<EncodedAccount> r = StreamEncoder.encode(right, encoder, config.threads(), progress, 0.15, 0.30, false, rightIds);
    return run(l, r, brokerPriors(), config, progress, FeedbackRules.resolve(config.feedback(), leftIds, rightIds), true);
  }

  /**
   * Matches two encoded lists (blind mode).
   *
   * @param priors background word frequencies keyed like both lists' tokens, or {@link TokenPriors#NONE}
   */
  public static MatchResult matchEncoded(
      List<EncodedAccount> left, List<EncodedAccount> right, TokenPriors priors, MatchConfig config) {
    FeedbackRules.Ids leftIds = FeedbackRules.leftIds(config.feedback());
    FeedbackRules.Ids rightIds = FeedbackRules.rightIds(config.feedback());
    for (int i = 0; i < left.size(); i++) {
      leftIds.see(i, left.get(i).ref());
    }
    for (int j = 0; j < right.size(); j++) {
      rightIds.see(j, right.get(j).ref());
    }
    return run(left, right, priors, config, new Progress(config.progress()), FeedbackRules.resolve(config.feedback(), leftIds, rightIds), false);
  }

  /** Normalizes and encodes a list in parallel; the ref of each encoding is its list index. */
  public static List<EncodedAccount> encodeAll(List<Account> accounts, AccountEncoder encoder, int threads) {
    return indexed(accounts, encoder, threads);
  }

  /** Encodes a list in memory as {@link #match} does, each encoding's ref its list index. */
  private static List<EncodedAccount> indexed(List<Account> accounts, AccountEncoder encoder, int threads) {
    return StreamEncoder.encode(
        AccountSource.of(accounts), encoder, threads, new Progress(ProgressListener.NONE), 0, 0, true, FeedbackRules.Ids.NONE);
  }

  /**
   * Explains the decision on chosen pairs, matched or not, with word rarity taken from the whole
   * lists exactly as in {@link #match}: the answer to "why didn't these two match?". It scores with
   * {@code config.model()} as configured; a run with {@link MatchConfig#estimate()} scored with its
   * re-estimate, so explain its pairs with {@code MatchConfig.builder().model(result.model())}.
   *
   * @param pairs (left index, right index) pairs
   * @throws IndexOutOfBoundsException if an index is outside its list
   */
  public static List<Decision> explain(List<Account> left, List<Account> right, List<int[]> pairs, MatchConfig config) {
    return explain(AccountSource.of(left), AccountSource.of(right), pairs, config);
  }

  /**
   * {@link #explain(List, List, List, MatchConfig)} over lists read once as they are encoded, as
   * {@link #match(AccountSource, AccountSource, MatchConfig)} reads them: word rarity needs every
   * record's tokens, but not the accounts themselves held all at once.
   *
   * @throws IndexOutOfBoundsException if an index is outside its list
   * @throws IllegalStateException if a source hands over a different number of records than its size
   */
  public static List<Decision> explain(AccountSource left, AccountSource right, List<int[]> pairs, MatchConfig config) {
    AccountEncoder encoder = brokerEncoder();
    List<EncodedAccount> l = encodeUnreferenced(left, encoder, config);
    List<EncodedAccount> r = encodeUnreferenced(right, encoder, config);
    Explainer explainer = explainer(l, r, config);
    List<Decision> out = new ArrayList<>(pairs.size());
    for (int[] p : pairs) {
      out.add(explainer.decide(l.get(p[0]), r.get(p[1])));
    }
    return out;
  }

  /**
   * The {@link Explainer} of a plaintext match of these lists with {@code config}'s model and
   * threshold, for pairs asked about later (a match's own is {@link MatchResult#explainer()}): both
   * lists are read and encoded once, and only their word and website counts kept. Explains as the
   * match did only if that match ran with the same model: one that re-estimated it ({@link
   * MatchConfig#estimate()}) scored with its own ({@link MatchResult#model()}).
   *
   * @throws IllegalStateException if a source hands over a different number of records than its size
   */
  public static Explainer explainer(AccountSource left, AccountSource right, MatchConfig config) {
    AccountEncoder encoder = brokerEncoder();
    return explainer(encodeUnreferenced(left, encoder, config), encodeUnreferenced(right, encoder, config), config);
  }

  private static Explainer explainer(List<EncodedAccount> l, List<EncodedAccount> r, MatchConfig config) {
    TokenStatistics stats = TokenStatistics.of(l, r, brokerPriors());
    return new Explainer(stats, new PairScorer(config.model(), stats, config.threshold()));
  }

  /** No index refs: scoring does not read them, and at 1M records they would be ~50 MB of strings. */
  private static List<EncodedAccount> encodeUnreferenced(AccountSource source, AccountEncoder encoder, MatchConfig config) {
    return StreamEncoder.encode(source, encoder, config.threads(), new Progress(ProgressListener.NONE), 0, 0, false, FeedbackRules.Ids.NONE);
  }

  /**
   * An {@link Estimator} over two plaintext lists encoded as {@link #match} encodes them, with
   * {@code config}'s model: what an estimation program needs to measure m and u on labelled lists.
   */
  public static Estimator estimator(List<Account> left, List<Account> right, MatchConfig config) {
    AccountEncoder encoder = brokerEncoder();
    List<EncodedAccount> l = indexed(left, encoder, config.threads());
    List<EncodedAccount> r = indexed(right, encoder, config.threads());
    TokenStatistics stats = TokenStatistics.of(l, r, brokerPriors());
    return new Estimator(new PairScorer(config.model(), stats, config.threshold()), l, weights(l, stats, config.threads()), r, weights(r, stats, config.threads()));
  }

  /** @param plaintext whether the lists were encoded here by {@link #brokerEncoder}: only then can the result explain pairs later */
  private static MatchResult run(
      List<EncodedAccount> left, List<EncodedAccount> right, TokenPriors priors, MatchConfig config, Progress progress,
      FeedbackRules feedback, boolean plaintext) {
    progress.report("block", 0.30, 0.35, 0, 1);
    TokenStatistics stats = TokenStatistics.of(left, right, priors, parts(config));
    float[][] leftWeights = weights(left, stats, config.threads());
    float[][] rightWeights = weights(right, stats, config.threads());
    Scored scored = blockAndScore(left, leftWeights, right, rightWeights, stats, config, progress);
    PairScorer scorer = scored.scorer();
    progress.report("cluster", 0.95, 1.0, 0, 1);
    List<ScoredPair> accepted = feedback.apply(scored.pairs());

    List<ScoredPair> kept =
        config.clusterMode() == ClusterMode.ONE_TO_ONE ? Clusterer.oneToOne(accepted) : sortedByScore(accepted);
    // Each match's reasons in parallel: at 1M x 1M they are hundreds of thousands of decisions.
    List<Match> matches = Parallel.map(kept.size(), config.threads(), k -> {
      ScoredPair p = kept.get(k);
      if (!config.reasons()) {
        return new Match(p.left(), p.right(), p.score(), List.of());
      }
      Decision d = scorer.decide(left.get(p.left()), leftWeights[p.left()], right.get(p.right()), rightWeights[p.right()]);
      List<FieldScore> reasons = d.reasons();
      if (feedback.isConfirmed(p.left(), p.right())) {
        reasons = new ArrayList<>(reasons);
        reasons.add(0, new FieldScore("feedback", "confirmed a match by a person", Double.NaN, 0));
      }
      return new Match(p.left(), p.right(), p.score(), reasons);
    });
    List<Entity> entities = Clusterer.entities(kept, config.clusterMode());
    double[] entityScores = entityScores(entities, kept, left.size());
    OverlapMatrix matrix = OverlapCounter.count(populations(left), populations(right), entities);
    progress.report("cluster", 0.95, 1.0, 1, 1);
    BlockingReport blocking = scored.blocking();
    LOG.log(System.Logger.Level.DEBUG, () -> blocking.candidatePairs() + " candidate pairs, " + blocking.skippedKeys()
        + " keys skipped as too common, " + matches.size() + " matches");
    Optional<Explainer> explainer = plaintext ? Optional.of(new Explainer(stats, scorer)) : Optional.empty();
    return new MatchResult(matches, entities, entityScores, matrix, blocking, scorer.model(), explainer);
  }

  /**
   * The pairs at or above the threshold, the scorer that scored them and the cost of blocking. In a
   * method of its own so the candidate index (~250 MB at 1M) is garbage before clustering starts.
   */
  private record Scored(List<ScoredPair> pairs, PairScorer scorer, BlockingReport blocking) {}

  private static Scored blockAndScore(List<EncodedAccount> left, float[][] leftWeights, List<EncodedAccount> right,
      float[][] rightWeights, TokenStatistics stats, MatchConfig config, Progress progress) {
    // Index the smaller list and stream the larger one past it: memory follows the smaller side.
    // Scoring is symmetric, so only the indices are swapped back.
    boolean indexLeft = left.size() < right.size();
    List<EncodedAccount> indexed = indexLeft ? left : right;
    List<EncodedAccount> queries = indexLeft ? right : left;
    float[][] indexedWeights = indexLeft ? leftWeights : rightWeights;
    float[][] queryWeights = indexLeft ? rightWeights : leftWeights;
    CandidateIndex index = CandidateIndex.build(indexed, parts(config));
    // The cost of blocking is known before scoring: the largest blocks say which keys dominate.
    LOG.log(System.Logger.Level.DEBUG, () -> "indexed " + indexed.size() + " records; largest blocks "
        + index.report(5).largestBlocks() + "; scoring " + queries.size() + " records against them");
    PairScorer scorer = scorer(config, stats, index, queries, indexLeft, left, leftWeights, right, rightWeights);
    progress.report("block", 0.30, 0.35, 1, 1);

    AtomicLong done = new AtomicLong();
    List<Scoring> perThread = Parallel.forChunks(queries.size(), config.threads(), () -> new Scoring(index.cursor()), (s, from, to) -> {
      for (int q = from; q < to; q++) {
        int n = index.candidates(queries.get(q), stats, s.cursor);
        for (int c = 0; c < n; c++) {
          int i = s.cursor.get(c);
          double p = scorer.score(queries.get(q), queryWeights[q], indexed.get(i), indexedWeights[i]);
          if (p >= config.threshold()) {
            s.accepted.add(indexLeft ? new ScoredPair(i, q, p) : new ScoredPair(q, i, p));
          }
        }
      }
      progress.report("score", 0.35, 0.95, done.addAndGet(to - from), queries.size());
    });
    List<ScoredPair> pairs = new ArrayList<>();
    perThread.forEach(s -> pairs.addAll(s.accepted));
    return new Scored(pairs, scorer, index.report(5));
  }

  /**
   * The scorer of a run: with the configured model, or (when {@link MatchConfig#estimate()}) with
   * that model re-estimated on these lists from a sample of the candidate pairs.
   */
  private static PairScorer scorer(MatchConfig config, TokenStatistics stats, CandidateIndex index, List<EncodedAccount> queries,
      boolean indexLeft, List<EncodedAccount> left, float[][] leftWeights, List<EncodedAccount> right, float[][] rightWeights) {
    PairScorer declared = new PairScorer(config.model(), stats, config.threshold());
    if (!config.estimate()) {
      return declared;
    }
    List<int[]> sample = sampleCandidates(index, queries, stats, indexLeft);
    MatchModel estimated = new Estimator(declared, left, leftWeights, right, rightWeights).forRun(config.model(), sample, ESTIMATE_SEED);
    LOG.log(System.Logger.Level.DEBUG, () -> "model re-estimated on " + sample.size() + " candidate pairs");
    return new PairScorer(estimated, stats, config.threshold());
  }

  /** Seed of a run's estimation sample: fixed, so the same lists give the same model and matches. */
  static final long ESTIMATE_SEED = 20261202L;
  /** Query records whose candidates a run's estimation counts: enough for EM, a small share of a large run. */
  static final int ESTIMATE_QUERIES = 2000;

  /**
   * The candidates blocking proposes for a seeded sample of query records, as {left, right} index
   * pairs, on one thread: the same whatever the thread count.
   */
  private static List<int[]> sampleCandidates(CandidateIndex index, List<EncodedAccount> queries, TokenStatistics stats, boolean indexLeft) {
    int[] chosen = java.util.stream.IntStream.range(0, queries.size()).toArray();
    java.util.SplittableRandom random = new java.util.SplittableRandom(ESTIMATE_SEED);
    int n = Math.min(ESTIMATE_QUERIES, chosen.length);
    for (int k = 0; k < n; k++) { // partial Fisher-Yates: the first n are a uniform sample
      int j = k + random.nextInt(chosen.length - k);
      int t = chosen[k];
      chosen[k] = chosen[j];
      chosen[j] = t;
    }
    CandidateIndex.Cursor cursor = index.cursor();
    List<int[]> pairs = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int q = chosen[k];
      int found = index.candidates(queries.get(q), stats, cursor);
      for (int c = 0; c < found; c++) {
        int i = cursor.get(c);
        pairs.add(indexLeft ? new int[] {i, q} : new int[] {q, i});
      }
    }
    return pairs;
  }

  /** The block stage's work, spread over the run's threads. */
  private static Parts parts(MatchConfig config) {
    return (n, task) -> Parallel.forParts(n, config.threads(), task);
  }

  private static List<ScoredPair> sortedByScore(List<ScoredPair> pairs) {
    List<ScoredPair> sorted = new ArrayList<>(pairs);
    sorted.sort(Clusterer.BEST_FIRST);
    return sorted;
  }

  private static double[] entityScores(List<Entity> entities, List<ScoredPair> pairs, int lefts) {
    double[] bestByLeft = new double[lefts];
    for (ScoredPair p : pairs) {
      bestByLeft[p.left()] = Math.max(bestByLeft[p.left()], p.score());
    }
    double[] scores = new double[entities.size()];
    for (int e = 0; e < scores.length; e++) {
      for (int l : entities.get(e).left()) {
        scores[e] = Math.max(scores[e], bestByLeft[l]);
      }
    }
    return scores;
  }

  /** Word weights of every record, in parallel: two million records' look-ups are seconds on one core. */
  private static float[][] weights(List<EncodedAccount> accounts, TokenStatistics stats, int threads) {
    float[][] w = new float[accounts.size()][];
    Parallel.forChunks(w.length, threads, () -> null, (state, from, to) -> {
      for (int i = from; i < to; i++) {
        w[i] = stats.weights(accounts.get(i));
      }
    });
    return w;
  }

  private static List<String> populations(List<EncodedAccount> accounts) {
    List<String> pops = new ArrayList<>(accounts.size());
    for (EncodedAccount a : accounts) {
      pops.add(a.population());
    }
    return pops;
  }

  /** Per-thread scoring state. */
  private static final class Scoring {
    final CandidateIndex.Cursor cursor;
    final List<ScoredPair> accepted = new ArrayList<>();

    Scoring(CandidateIndex.Cursor cursor) {
      this.cursor = cursor;
    }
  }
}
