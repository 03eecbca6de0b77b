package io.venn.normalize;

import java.util.Objects;

/**
 * The outcome of normalizing one value: a canonical value, or the reason there is none. Never null.
 */
public record Normalized(String value, Reason reason, String raw) {
  public Normalized {
    if ((value == null) == (reason == null)) {
      throw new IllegalArgumentException("exactly one of value and reason must be set");
    }
  }

  public static Normalized ok(String value) {
    return new Normalized(Objects.requireNonNull(value, "value"), null, null);
  }

  public static Normalized rejected(Reason reason, String raw) {
    return new Normalized(null, Objects.requireNonNull(reason, "reason"), raw);
  }

  public boolean isOk() {
    return value != null;
  }

  /** The value, or {@code null} when rejected: for callers that treat a rejected value as missing. */
  public String orNull() {
    return value;
  }
}
