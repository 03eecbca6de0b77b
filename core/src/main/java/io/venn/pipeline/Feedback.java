package io.venn.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * People's verdicts on pairs of records, by record id, that a match run honours: a pair marked
 * {@link Verdict#NOT_A_MATCH} is never matched (each record stays free to match another), a pair
 * marked {@link Verdict#MATCH} is matched whatever the evidence says. Immutable: {@link
 * #notAMatch} and {@link #match} return a new instance.
 *
 * <p>When one pair is marked both ways, "not a match" wins: a wrong match costs a partner more than
 * a missed one. Ids are compared exactly as the lists give them ({@link io.venn.read.Account#id()} in
 * broker mode, {@link io.venn.encode.EncodedAccount#ref()} for encoded lists); an id absent from its
 * list is ignored, so feedback recorded on an earlier version of a list stays usable.
 */
public final class Feedback {
  /** What a person said about a pair. */
  public enum Verdict {
    MATCH,
    NOT_A_MATCH
  }

  /** A left record id and a right record id. */
  public record Pair(String leftId, String rightId) {
    public Pair {
      Objects.requireNonNull(leftId, "leftId");
      Objects.requireNonNull(rightId, "rightId");
    }
  }

  /** No verdicts: the engine decides every pair. */
  public static final Feedback NONE = new Feedback(Map.of());

  private final Map<Pair, Verdict> verdicts;

  private Feedback(Map<Pair, Verdict> verdicts) {
    this.verdicts = verdicts;
  }

  /** This feedback plus "these two are different companies"; overrides an earlier {@code match} of the pair. */
  public Feedback notAMatch(String leftId, String rightId) {
    return with(new Pair(leftId, rightId), Verdict.NOT_A_MATCH);
  }

  /** This feedback plus "these two are the same company"; ignored when the pair is already marked not a match. */
  public Feedback match(String leftId, String rightId) {
    Pair pair = new Pair(leftId, rightId);
    return verdicts.get(pair) == Verdict.NOT_A_MATCH ? this : with(pair, Verdict.MATCH);
  }

  /** Many verdicts at once (a file, a partnership's history): linear, where chaining copies each time. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects verdicts with the same rules as {@link #notAMatch} and {@link #match}. */
  public static final class Builder {
    private final Map<Pair, Verdict> verdicts = new LinkedHashMap<>();

    private Builder() {}

    public Builder notAMatch(String leftId, String rightId) {
      verdicts.put(new Pair(leftId, rightId), Verdict.NOT_A_MATCH);
      return this;
    }

    public Builder match(String leftId, String rightId) {
      Pair pair = new Pair(leftId, rightId);
      if (verdicts.get(pair) != Verdict.NOT_A_MATCH) {
        verdicts.put(pair, Verdict.MATCH);
      }
      return this;
    }

    public Feedback build() {
      return verdicts.isEmpty() ? NONE : new Feedback(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(verdicts)));
    }
  }

  private Feedback with(Pair pair, Verdict verdict) {
    Map<Pair, Verdict> next = new LinkedHashMap<>(verdicts);
    next.put(pair, verdict);
    return new Feedback(java.util.Collections.unmodifiableMap(next));
  }

  /** The verdict on a pair, if someone gave one. */
  public Optional<Verdict> verdict(String leftId, String rightId) {
    return Optional.ofNullable(verdicts.get(new Pair(leftId, rightId)));
  }

  /** Every verdict, in the order given (a pair given twice keeps its first position). */
  public Map<Pair, Verdict> verdicts() {
    return verdicts;
  }

  public boolean isEmpty() {
    return verdicts.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Feedback f && verdicts.equals(f.verdicts);
  }

  @Override
  public int hashCode() {
    return verdicts.hashCode();
  }

  @Override
  public String toString() {
    return "Feedback" + verdicts;
  }
}
