package io.venn.normalize;

/** One cleaning step: a raw string in, a canonical value or a reason out. Pure, thread-safe. */
@FunctionalInterface
public interface Normalizer {
  Normalized normalize(String raw);

  /** Runs the steps in order, each on the previous value; stops at the first rejection. */
  static Normalizer chain(Normalizer... steps) {
    Normalizer[] copy = steps.clone();
    return raw -> {
      Normalized current = Normalized.ok(raw == null ? "" : raw);
      for (Normalizer step : copy) {
        current = step.normalize(current.value());
        if (!current.isOk()) {
          return Normalized.rejected(current.reason(), raw);
        }
      }
      return current;
    };
  }
}
