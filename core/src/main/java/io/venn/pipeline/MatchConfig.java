package io.venn.pipeline;

import io.venn.cluster.ClusterMode;
import io.venn.decide.MatchModel;
import java.util.Objects;

/** Immutable settings of a match run. Build with {@link #builder()}. */
public final class MatchConfig {
  /** The default decision threshold on the match probability; chosen on labelled data, precision first. */
  public static final double DEFAULT_THRESHOLD = 0.90;

  private final double threshold;
  private final ClusterMode clusterMode;
  private final ProgressListener progress;
  private final int threads;
  private final Feedback feedback;
  private final MatchModel model;
  private final boolean estimate;
  private final boolean reasons;

  private MatchConfig(Builder b) {
    this.threshold = b.threshold;
    this.clusterMode = b.clusterMode;
    this.progress = b.progress;
    this.threads = b.threads;
    this.feedback = b.feedback;
    // Resolved here, not in the builder: loading the standard model (JSON parsing) then overlaps
    // with whatever the caller does between builder() and build() (the CLI reads its files).
    this.model = b.model != null ? b.model : MatchModel.standard();
    this.estimate = b.estimate;
    this.reasons = b.reasons;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static MatchConfig defaults() {
    return builder().build();
  }

  public double threshold() {
    return threshold;
  }

  public ClusterMode clusterMode() {
    return clusterMode;
  }

  public ProgressListener progress() {
    return progress;
  }

  public int threads() {
    return threads;
  }

  /** The comparisons and their m and u; {@link MatchModel#standard()} by default. */
  public MatchModel model() {
    return model;
  }

  /**
   * Whether each run re-estimates the model's m and u on its own lists ({@link
   * io.venn.decide.Estimator#forRun}: u from random pairs, m by bounded EM over a sample of the
   * candidate pairs) before scoring; off by default (README "How matching works" has the figures).
   */
  public boolean estimate() {
    return estimate;
  }

  /**
   * Whether each {@link Match} carries its per-field evidence ({@link Match#reasons()}); on by
   * default. Off, every match's reasons are empty: a caller that explains pairs later, on request
   * ({@link Pipeline#explain}), saves building them for every match (~700k at 1M x 1M).
   */
  public boolean reasons() {
    return reasons;
  }

  /** People's verdicts on pairs, honoured by the run; {@link Feedback#NONE} by default. */
  public Feedback feedback() {
    return feedback;
  }

  public static final class Builder {
    private double threshold = DEFAULT_THRESHOLD;
    private ClusterMode clusterMode = ClusterMode.ONE_TO_ONE;
    private ProgressListener progress = ProgressListener.NONE;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Feedback feedback = Feedback.NONE;
    private MatchModel model; // null: MatchModel.standard(), resolved by build()
    private boolean estimate = false;
    private boolean reasons = true;

    private Builder() {}

    /**
     * @param threshold match probability at or above which a pair is a match, in (0, 1]
     * @throws IllegalArgumentException if outside (0, 1]
     */
    public Builder threshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    public Builder clusterMode(ClusterMode mode) {
      this.clusterMode = Objects.requireNonNull(mode, "clusterMode");
      return this;
    }

    public Builder progress(ProgressListener listener) {
      this.progress = Objects.requireNonNull(listener, "progress");
      return this;
    }

    /**
     * @param threads worker threads for encoding and scoring, at least 1
     * @throws IllegalArgumentException if below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    public Builder feedback(Feedback feedback) {
      this.feedback = Objects.requireNonNull(feedback, "feedback");
      return this;
    }

    public Builder model(MatchModel model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /** Re-estimate the model on each run's lists, starting from and bounded by {@link #model}. */
    public Builder estimate(boolean estimate) {
      this.estimate = estimate;
      return this;
    }

    /** Whether matches carry their per-field evidence; see {@link MatchConfig#reasons()}. */
    public Builder reasons(boolean reasons) {
      this.reasons = reasons;
      return this;
    }

    public MatchConfig build() {
      return new MatchConfig(this);
    }
  }
}
