package io.venn.normalize;

import java.util.List;
import java.util.Locale;

/**
 * Notes that CRM users write into the account name field, which are not part of the company's name:
 * "Acme Corp (Duplicate)", "Acme Corp [Inactive]", "Acme Corp *DO NOT USE*", "Acme Corp - HQ",
 * "Acme Corp (formerly Foo Inc)", "Acme Corp (acquired by Oracle)", "Acme Inc DBA Acme Widgets". Why:
 * each note's words counted against the pair as words the other name lacks, so "Maltrixa Inc.
 * (Acquired by Oracle)" and "Maltrixa" in one city scored 0.77 and did not match.
 *
 * <p>A note is taken off only when it starts with one of the words below and stands where notes
 * stand: in brackets or between asterisks at the end, or after a dash at the end; a trading name
 * after "DBA", "d/b/a", "t/a", "trading as" or "a/k/a" goes too (the legal name before it stays, as
 * other CRMs hold the company by it). A name that would be left with nothing is kept whole.
 */
final class CrmNotes {
  private CrmNotes() {}

  /** How notes start, lower case; a note is one of these followed by the end or a non-letter. */
  private static final List<String> NOTE_STARTS = List.of(
      "formerly", "fka", "f/k/a", "f.k.a", "previously", "old", "inactive", "duplicate", "dup", "dupe",
      "do not use", "dnu", "don't use", "acquired", "a subsidiary", "subsidiary of", "part of", "merged",
      "in liquidation", "liquidated", "in administration", "closed", "defunct", "deleted", "test",
      "hq", "headquarters", "head office", "parent", "parent account", "see ", "use ", "now ");

  /** Words that start a trading name after the legal one, with a space on each side in the name. */
  private static final List<String> TRADING_AS = List.of(" dba ", " d/b/a ", " d.b.a. ", " t/a ", " trading as ", " a/k/a ");

  private static final String[] DASHES = {" - ", " – ", " — "};

  /** The name without its trailing CRM notes and trading name; the name itself when it has none. */
  static String strip(String name) {
    String s = name.strip();
    for (int round = 0; round < 3; round++) { // "Acme (old) *duplicate*"
      String shorter = withoutTrailingNote(s);
      if (shorter == null) {
        break;
      }
      s = shorter;
    }
    s = withoutTradingName(s);
    return s.codePoints().anyMatch(Character::isLetterOrDigit) ? s : name;
  }

  /** The name without one trailing note, or {@code null} when it ends with none. */
  private static String withoutTrailingNote(String s) {
    char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
    char open = last == ')' ? '(' : last == ']' ? '[' : last == '*' ? '*' : 0;
    if (open != 0) {
      int at = s.lastIndexOf(open, s.length() - 2);
      if (at > 0 && isNote(s.substring(at + 1, s.length() - 1))) {
        return s.substring(0, at).strip();
      }
      return null;
    }
    for (String dash : DASHES) {
      int at = s.lastIndexOf(dash);
      if (at > 0 && isNote(s.substring(at + dash.length()))) {
        return s.substring(0, at).strip();
      }
    }
    return null;
  }

  private static String withoutTradingName(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String marker : TRADING_AS) {
      int at = lower.indexOf(marker);
      if (at > 0) {
        return s.substring(0, at).strip();
      }
    }
    return s;
  }

  private static boolean isNote(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (String start : NOTE_STARTS) {
      if (t.startsWith(start) && (t.length() == start.length() || start.endsWith(" ") || !Character.isLetter(t.charAt(start.length())))) {
        return true;
      }
    }
    return false;
  }
}
