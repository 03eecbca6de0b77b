package io.venn.bench.attack;

/**
 * How well one attack re-identified records: of {@code total} records it named {@code attempted},
 * {@code correct} of them rightly.
 */
public record Reidentification(String attack, int total, int attempted, int correct) {
  public Reidentification {
    if (total < 0 || attempted < 0 || correct < 0 || correct > attempted || attempted > total) {
      throw new IllegalArgumentException("need 0 <= correct <= attempted <= total, was " + correct + ", " + attempted + ", " + total);
    }
  }

  /**
   * Scores guesses against the truth.
   *
   * @param guesses per record, the name the attacker gives it, or {@code null} for no guess
   * @param truth per record, its real (normalized) name
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public static Reidentification score(String attack, String[] guesses, String[] truth) {
    if (guesses.length != truth.length) {
      throw new IllegalArgumentException(guesses.length + " guesses for " + truth.length + " records");
    }
    int attempted = 0;
    int correct = 0;
    for (int i = 0; i < guesses.length; i++) {
      if (guesses[i] != null) {
        attempted++;
        if (guesses[i].equals(truth[i])) {
          correct++;
        }
      }
    }
    return new Reidentification(attack, truth.length, attempted, correct);
  }

  /** Share of all records rightly re-identified. */
  public double fraction() {
    return total == 0 ? 0 : (double) correct / total;
  }

  /** Share of the attacker's guesses that are right; 1 when it made none. */
  public double precision() {
    return attempted == 0 ? 1 : (double) correct / attempted;
  }
}
