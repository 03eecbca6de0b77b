package io.venn.decide;

/**
 * One line of a match's explanation: how one field compared and what that was worth.
 *
 * @param field the field ("name", "domain", "country"...)
 * @param label what happened, for people ("exact", "same domain label", "missing", "different")
 * @param similarity 0..1, or {@code NaN} when the field was missing on a side
 * @param weight log-odds evidence this contributed (positive for, negative against, 0 neutral)
 */
public record FieldScore(String field, String label, double similarity, double weight) {}
