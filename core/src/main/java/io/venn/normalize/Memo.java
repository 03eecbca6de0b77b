package io.venn.normalize;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function of a string. For fields whose values repeat: a list
 * of 100k accounts names a few hundred countries and a few thousand cities, so each is folded once
 * instead of once per record, and the folding code runs too rarely to be worth the JIT's time
 * (at 100k x 100k the C2 compiler spent more CPU on it than the records did). Once full it stops
 * adding, so a column of unique values costs one failed lookup per record, never unbounded memory.
 */
final class Memo {
  /**
   * Longer values are computed, not kept: real countries, cities and regions are far shorter, and a
   * memo of a line-long junk value per record would hold megabytes.
   */
  static final int MAX_KEY_CHARS = 64;

  private final Function<String, Normalized> function;
  private final int limit;
  private final ConcurrentHashMap<String, Normalized> values = new ConcurrentHashMap<>();

  Memo(Function<String, Normalized> function, int limit) {
    this.function = function;
    this.limit = limit;
  }

  /** The function's value of {@code raw}; {@code null} and values over {@value #MAX_KEY_CHARS} characters are never memoized. */
  Normalized apply(String raw) {
    if (raw == null || raw.length() > MAX_KEY_CHARS) {
      return function.apply(raw);
    }
    Normalized cached = values.get(raw);
    if (cached != null) {
      return cached;
    }
    Normalized value = function.apply(raw);
    if (values.size() < limit) {
      values.put(raw, value);
    }
    return value;
  }
}
