package io.venn.service.view;

import java.text.Normalizer;

/**
 * Neutralises CSV cells a spreadsheet would run as a formula (CSV injection): a cell whose first
 * visible character is {@code = + - @} (or a full-width or other compatibility form of one, such as
 * {@code ＝}), or that starts with tab or carriage return, gets a leading single quote, which Excel,
 * LibreOffice and Google Sheets show as text. Leading spaces, no-break spaces and invisible format
 * characters (zero-width space, BOM) are looked through, since spreadsheets trim some of them before
 * parsing. Partner-supplied values land in our users' spreadsheets, so this matters.
 */
final class SpreadsheetSafe {
  private SpreadsheetSafe() {}

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    if (first == '\t' || first == '\r') {
      return "'" + value;
    }
    int i = 0;
    while (i < value.length() && ignorable(value.codePointAt(i))) {
      i += Character.charCount(value.codePointAt(i));
    }
    if (i == value.length()) {
      return value;
    }
    String visible = Normalizer.normalize(new String(Character.toChars(value.codePointAt(i))), Normalizer.Form.NFKC);
    return switch (visible.isEmpty() ? ' ' : visible.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\n' -> "'" + value;
      default -> value;
    };
  }

  /** Characters a spreadsheet may drop or not show before the formula starter. */
  private static boolean ignorable(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c) // no-break spaces, which isWhitespace leaves out
        || Character.getType(c) == Character.FORMAT // zero-width space and joiners, BOM, bidi marks
        || Character.isISOControl(c);
  }
}
