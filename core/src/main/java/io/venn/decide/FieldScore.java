package io.venn.decide;

/**
 * One line of a match's explanation: how one field compared and what that was worth.
 *
 * @param field the field ("name", "domain", "country"...)
 * @param label the level the pair reached, for people ("same words", "same website", "missing")
 * @param similarity 0..1, or {@code NaN} when the field was missing on a side
 * @param weight log-odds evidence this contributed, {@code ln(m/u)} (positive for, negative against, 0 neutral)
 * @param m how often two records of one company reach this level ({@code NaN} for lines that are not a level)
 * @param u how often two records of different companies reach it, adjusted for how common the
 *     pair's values are (rare words, a website shared by many records); {@code NaN} likewise
 */
public record FieldScore(String field, String label, double similarity, double weight, double m, double u) {
  /** A line that is not a model level (the prior, a person's verdict). */
  public FieldScore(String field, String label, double similarity, double weight) {
    this(field, label, similarity, weight, Double.NaN, Double.NaN);
  }
}
