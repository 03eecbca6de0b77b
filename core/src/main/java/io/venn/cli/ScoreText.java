package io.venn.cli;

import java.util.Locale;

/**
 * A match score as the CLI writes it: four decimals, exactly as {@code String.format("%.4f")} gives
 * them. {@link String#format} parses its pattern and builds a {@link java.util.Formatter} per call,
 * which at 1M x 1M (400k matches written on one thread at the end of the run) was 1.6 s of the
 * run's wall time.
 */
final class ScoreText {
  private ScoreText() {}

  /** How close to a rounding tie the scaled score may come before {@link String#format} decides. */
  private static final double NEAR_TIE = 1e-6;

  static String fourDecimals(double score) {
    double scaled = score * 10_000;
    double fraction = scaled - Math.floor(scaled);
    if (!(score >= 0 && score <= 1) || Double.doubleToRawLongBits(score) < 0 || Math.abs(fraction - 0.5) < NEAR_TIE) {
      // Far from a tie both roundings agree; at one, %.4f rounds the decimal digits of the double
      // half up, which only Formatter itself reproduces exactly (and it writes -0.0 as "-0.0000").
      return String.format(Locale.ROOT, "%.4f", score);
    }
    long units = Math.round(scaled);
    char[] text = {'0', '.', '0', '0', '0', '0'};
    text[0] = (char) ('0' + units / 10_000);
    long rest = units % 10_000;
    for (int i = 5; i >= 2; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return new String(text);
  }
}
