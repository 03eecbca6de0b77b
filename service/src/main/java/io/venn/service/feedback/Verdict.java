package io.venn.service.feedback;

import io.venn.service.system.BadInputException;
import java.util.Locale;

/** What a side says about a matched pair; the wire form is lower case ({@code not_a_match}). */
public enum Verdict {
  /** Either side's word is enough: the pair is removed for both sides on the next run. */
  NOT_A_MATCH,
  /** Counts only when both sides say it. */
  MATCH;

  static Verdict parse(String text) {
    if (text != null) {
      for (Verdict v : values()) {
        if (v.wire().equals(text.strip().toLowerCase(Locale.ROOT))) {
          return v;
        }
      }
    }
    throw new BadInputException("verdict must be 'not_a_match' or 'match', was '" + text + "'.");
  }

  String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
