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
   * The consonant skeleton of the whole name, on which romanizations of one name agree ("Joyfull" /
   * "joifuru" -> "jfr", "Gazprom" / "Gasprom" -> "gsprm"); "" when the name has too few consonants.
   * See {@link Skeletons}.
   */
  public String skeleton() {
    return Skeletons.of(tokens);
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }
}
