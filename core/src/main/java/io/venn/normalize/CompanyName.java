package io.venn.normalize;

import java.util.List;

/**
 * A company name reduced to comparable tokens.
 *
 * @param tokens the distinguishing words, lower-case ASCII, legal forms removed, abbreviations
 *     expanded ("intl" -> "international"), "&" -> "and", leading "the" dropped; may be empty
 * @param legalForms the legal-form designators found and removed, in a canonical spelling ("inc",
 *     "gmbh", "pt", "tbk"...)
 */
public record CompanyName(List<String> tokens, List<String> legalForms) {
  public static final CompanyName EMPTY = new CompanyName(List.of(), List.of());

  public CompanyName {
    tokens = List.copyOf(tokens);
    legalForms = List.copyOf(legalForms);
  }

  /** The tokens joined by single spaces: the canonical name used for q-grams and exact keys. */
  public String key() {
    return String.join(" ", tokens);
  }

  /**
   * The name's consonant skeleton: letters without vowels, repeats collapsed, spaces dropped
   * ("Joyfull" -> "jfl"), so romanizations that differ in vowels agree; "" when fewer than two
   * consonants remain. (A placeholder until per-script romanization provides a better one.)
   */
  public String skeleton() {
    StringBuilder out = new StringBuilder();
    String key = key();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
        out.append(c);
      }
    }
    return out.length() < 2 ? "" : out.toString();
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }
}
