package io.venn.pipeline;

import io.venn.encode.EncodedAccount;
import io.venn.read.Account;
import java.util.List;

/** Wires the stages: normalize, encode, block, compare, decide, cluster, matrix. */
public final class Pipeline {
  private Pipeline() {}

  /**
   * Matches two plaintext lists (broker mode): encodes both with a fresh random key, then runs
   * {@link #matchEncoded}.
   */
  public static MatchResult match(List<Account> left, List<Account> right, MatchConfig config) {
    throw new IllegalStateException("engine under construction");
  }

  /** Matches two encoded lists (blind mode, or after {@link #match} encoded them). */
  public static MatchResult matchEncoded(List<EncodedAccount> left, List<EncodedAccount> right, MatchConfig config) {
    throw new IllegalStateException("engine under construction");
  }
}
