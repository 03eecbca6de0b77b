package io.venn.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Notes that CRM users write into the account name field, which are not part of the company's name:
 * "Acme Corp (Duplicate)", "Acme Corp [Inactive]", "Acme Corp *DO NOT USE*", "Acme Corp - HQ",
 * "Acme Corp (formerly Foo Inc)", "Acme Corp (acquired by Oracle)", "Acme Inc DBA Acme Widgets". Why:
 * each note's words counted against the pair as words the other name lacks, so "Maltrixa Inc.
 * (Acquired by Oracle)" and "Maltrixa" in one city scored 0.77 and did not match.
 *
 * <p>A note stands where notes stand: in brackets or between asterisks at the end, or after a dash
 * at the end; and it is one of the notes below, whole ("(Old)", not "- Old Town"), or starts with one
 * of the phrases that lead a longer note ("(formerly Foo Inc)"). A trading name after "DBA", "d/b/a",
 * "t/a", "trading as" or "a/k/a" goes too (the legal name before it stays, as other CRMs hold the
 * company by it), and so does an insolvency status at the end ({@link #INSOLVENCY}). A name that
 * would be left with nothing is kept whole.
 */
final class CrmNotes {
  private CrmNotes() {}

  /** Notes that are the whole bracket or dash tail, lower case, punctuation around them aside. */
  private static final Set<String> WHOLE_NOTES = Set.of(
      "old", "inactive", "duplicate", "dup", "dupe", "do not use", "dnu", "don't use", "closed", "defunct",
      "deleted", "test", "hq", "headquarters", "head office", "parent", "parent account", "liquidated",
      "in liquidation", "in administration", "merged", "old account", "inactive account", "duplicate account");

  /** Phrases that lead a longer note, followed by a space: "(formerly Foo Inc)", "(acquired by Oracle)". */
  private static final List<String> LEADING_NOTES = List.of(
      "formerly ", "fka ", "f/k/a ", "f.k.a. ", "previously ", "acquired by ", "a subsidiary of ",
      "subsidiary of ", "part of ", "merged into ", "merged with ", "now ", "see ", "use ");

  /**
   * Insolvency statuses that registries append to a company's name, in brackets, after a dash or
   * plainly ("AMERICANAS S.A. - EM RECUPERACAO JUDICIAL", "Acme Ltd (in administration)", "Acme
   * GmbH in Insolvenz"): never a word of the name, so they go wherever they end it. Lower case.
   */
  private static final List<String> INSOLVENCY = List.of(
      "em recuperacao judicial", "em recuperação judicial", "em recuperacao extrajudicial", "em recuperação extrajudicial",
      "em liquidacao", "em liquidação", "em liquidacao extrajudicial", "em liquidação extrajudicial",
      "en liquidation", "en liquidation judiciaire", "en redressement judiciaire", "en liquidación", "en liquidacion",
      "en concurso", "en concurso de acreedores", "in liquidazione", "in amministrazione straordinaria", "in fallimento",
      "in liquidation", "in administration", "in receivership", "in administrative receivership", "under administration",
      "in members voluntary liquidation", "in creditors voluntary liquidation", "in insolvenz", "in liquidatie",
      "in vereffening", "in staat van faillissement", "i likvidation", "i konkurs", "under likvidation",
      "w likwidacji", "w upadłości", "v likvidaci", "v likvidácii", "v konkurzu", "u stečaju", "u likvidaciji");

  /** The statuses by the length of their last word: a name is compared only with those its last word could end. */
  private static final List<String>[] INSOLVENCY_BY_LAST_WORD = byLastWordLength(INSOLVENCY);

  @SuppressWarnings("unchecked")
  private static List<String>[] byLastWordLength(List<String> statuses) {
    int longest = 0;
    for (String status : statuses) {
      longest = Math.max(longest, status.length() - status.lastIndexOf(' ') - 1);
    }
    List<String>[] out = new List[longest + 1];
    for (String status : statuses) {
      int length = status.length() - status.lastIndexOf(' ') - 1;
      if (out[length] == null) {
        out[length] = new java.util.ArrayList<>();
      }
      out[length].add(status);
    }
    return out;
  }

  /** Words that start a trading name after the legal one, with a space on each side in the name. */
  private static final List<String> TRADING_AS = List.of(" dba ", " d/b/a ", " d.b.a. ", " t/a ", " trading as ", " a/k/a ");

  private static final String[] DASHES = {" - ", " – ", " — "};

  /**
   * The name without its trailing CRM notes and trading name; the name itself when it has none.
   * Runs on every name of every list, so the common case (no note) costs a scan or two of the name
   * and allocates nothing.
   */
  static String strip(String name) {
    String s = name;
    for (int round = 0; round < 3; round++) { // "Acme (old) *duplicate*"
      String shorter = withoutTrailingNote(s);
      if (shorter == null) {
        break;
      }
      s = shorter;
    }
    s = withoutTradingName(s);
    s = withoutInsolvency(s);
    return s == name || hasLetterOrDigit(s) ? s : name;
  }

  /**
   * The name without an {@link #INSOLVENCY} status at its end, with the dash or bracket before it;
   * the name itself when it has none. Compared in place: nothing is allocated for a name without one.
   */
  private static String withoutInsolvency(String s) {
    int end = s.length();
    while (end > 0 && !Character.isLetter(s.charAt(end - 1))) {
      end--;
    }
    int wordStart = end;
    while (wordStart > 0 && s.charAt(wordStart - 1) != ' ') {
      wordStart--;
    }
    int lastWord = end - wordStart;
    if (lastWord >= INSOLVENCY_BY_LAST_WORD.length || INSOLVENCY_BY_LAST_WORD[lastWord] == null) {
      return s; // most names: no status ends with a word this long (no string is compared)
    }
    for (String status : INSOLVENCY_BY_LAST_WORD[lastWord]) {
      int at = end - status.length();
      if (at > 0 && s.charAt(at - 1) != ' ' && s.charAt(at - 1) != '(' && s.charAt(at - 1) != '[') {
        continue; // "...sin liquidation": not a word boundary
      }
      if (at > 0 && s.regionMatches(true, at, status, 0, status.length())) {
        int cut = at;
        while (cut > 0 && !Character.isLetterOrDigit(s.charAt(cut - 1)) && s.charAt(cut - 1) != '.') {
          cut--; // the space, dash or bracket before the status; a legal form's dot stays ("S.A.")
        }
        return s.substring(0, cut);
      }
    }
    return s;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The name without one trailing note, or {@code null} when it ends with none. */
  private static String withoutTrailingNote(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    char last = end == 0 ? ' ' : s.charAt(end - 1);
    if (last != ')' && last != ']' && last != '*' && s.indexOf(" - ") < 0 && s.indexOf(" – ") < 0 && s.indexOf(" — ") < 0) {
      return null; // no bracket, asterisk or dash: the common case
    }
    s = s.substring(0, end);
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

  /** Every marker starts with a space, so only the name's spaces are looked at (a handful a name). */
  private static String withoutTradingName(String s) {
    for (int at = s.indexOf(' ', 1); at > 0; at = s.indexOf(' ', at + 1)) {
      for (String marker : TRADING_AS) {
        if (s.regionMatches(true, at, marker, 0, marker.length())) {
          return s.substring(0, at).strip(); // found in the name itself: no index from a lower-cased copy
        }
      }
    }
    return s;
  }

  private static boolean isNote(String text) {
    String t = trimPunctuation(text.toLowerCase(Locale.ROOT));
    if (WHOLE_NOTES.contains(t)) {
      return true;
    }
    for (String start : LEADING_NOTES) {
      if (t.startsWith(start) && t.length() > start.length()) {
        return true;
      }
    }
    return false;
  }

  /** Without spaces and punctuation at either end: "**do not use!**" -> "do not use". */
  private static String trimPunctuation(String t) {
    int start = 0;
    int end = t.length();
    while (start < end && !Character.isLetterOrDigit(t.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(t.charAt(end - 1))) {
      end--;
    }
    return t.substring(start, end);
  }
}
