package io.venn.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The short legal forms Japanese and Korean names write in brackets, in front or behind: "(株)日立製作所",
 * "㈱日立製作所", "日立製作所(株)", "(주)카카오", "㈜카카오". Taken off the text before it is folded, by their
 * brackets: folded, they are one-syllable words ("kabu", "yu", "ju") that a Japanese or Korean name
 * can also start or end with, so the legal-form catalog could not take them off by country alone,
 * and CRMs often leave the country empty. The form also says which language the name is in, so a
 * name in kanji alone is read as Japanese ("日立製作所" is "hitachi seisaku sho", not Chinese pinyin).
 */
final class BracketedForms {
  private BracketedForms() {}

  /** A form, its canonical name (as the catalog's full forms give it) and the country it says. */
  private record Form(String text, String canonical, String country) {}

  private static final List<Form> FORMS = List.of(
      new Form("(株)", "kabushiki kaisha", "JP"),
      new Form("(有)", "yugen kaisha", "JP"),
      new Form("(주)", "jusikhoesa", "KR"),
      new Form("(유)", "yuhanhoesa", "KR"));

  /**
   * The text without its bracketed forms, their canonical names and the country they say.
   *
   * @param forms the canonical names, in name order
   * @param country "JP" or "KR", or {@code null} when no form was found
   */
  record Stripped(String text, List<String> forms, String country) {}

  /** {@code text} without the forms at its start and end; {@code null} when it has none. */
  static Stripped strip(String text) {
    if (!mayHaveForm(text)) {
      return null;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip(); // "㈱", "（株）" -> "(株)"
    List<String> leading = new ArrayList<>(1);
    List<String> trailing = new ArrayList<>(1);
    String country = null;
    boolean found = true;
    while (found) {
      found = false;
      for (Form f : FORMS) {
        if (s.length() > f.text().length() && s.startsWith(f.text())) {
          s = s.substring(f.text().length()).strip();
          leading.add(f.canonical());
        } else if (s.length() > f.text().length() && s.endsWith(f.text())) {
          s = s.substring(0, s.length() - f.text().length()).strip();
          trailing.add(0, f.canonical());
        } else {
          continue;
        }
        country = country == null ? f.country() : country;
        found = true;
      }
    }
    if (country == null) {
      return null;
    }
    leading.addAll(trailing);
    return new Stripped(s, leading, country);
  }

  /** A cheap first look: the kanji or hangul of a form, or a parenthesized CJK symbol ("㈱", "㈜"). */
  private static boolean mayHaveForm(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '株' || c == '有' || c == '주' || c == '유' || (c >= '\u3200' && c <= '\u32FF')) {
        return true;
      }
    }
    return false;
  }
}
