package io.venn.service.view;

/**
 * Neutralises CSV cells a spreadsheet would run as a formula (CSV injection): a cell starting with
 * {@code = + - @}, tab or carriage return gets a leading single quote, which Excel, LibreOffice and
 * Google Sheets show as text. Partner-supplied values land in our users' spreadsheets, so this matters.
 */
final class SpreadsheetSafe {
  private SpreadsheetSafe() {}

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char c = value.charAt(0);
    return switch (c) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }
}
