package io.venn.read;

import java.util.Objects;

/**
 * A problem with one row of an uploaded file: where it is and why. Rows with an issue of severity
 * {@code rejected} were skipped; the others were kept with the offending field blanked.
 *
 * @param source the file name as the user gave it
 * @param line 1-based line number in the file
 * @param field the field concerned, or {@code null} for a whole-row problem
 * @param reason a sentence a person can act on
 */
public record RowIssue(String source, long line, String field, String reason) {
  public RowIssue {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return source + ":" + line + (field == null ? "" : " [" + field + "]") + ": " + reason;
  }
}
