package io.venn.normalize;

import io.venn.normalize.LegalFormCatalog.LegalForm;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds legal-form designators at the ends of a folded name: any known form at the end ("Inc",
 * "GmbH", "Pty Ltd", "Tbk"), and at the start only the forms that conventionally lead a name in
 * some countries ("PT", "OOO", "AO"; see {@code leading-forms.txt}). Never in the middle.
 *
 * <p>Built once, lazily, from {@link LegalFormCatalog}; immutable and thread-safe afterwards.
 */
final class LegalForms {
  private final TokenTrie<LegalForm> trailing = new TokenTrie<>();
  private final TokenTrie<Leading> leading = new TokenTrie<>();

  private LegalForms() {
    Set<String> excluded = new HashSet<>();
    for (String line : Resources.lines("generic-words.txt")) {
      excluded.add(TextFolding.phrase(line));
    }
    excluded.addAll(Abbreviations.words());
    Map<List<String>, LegalForm> catalog = LegalFormCatalog.load(excluded);
    catalog.forEach((tokens, form) -> trailing.putIfAbsent(tokens, true, form));
    for (String line : Resources.lines("leading-forms.txt")) {
      String[] cols = line.split("\t");
      List<String> tokens = TextFolding.tokens(cols[0]);
      LegalForm form = catalog.get(tokens);
      if (form == null || cols.length != 2) {
        throw new IllegalStateException("leading-forms.txt: '" + line + "' is not a known legal form with countries");
      }
      Set<String> countries = cols[1].equals("*") ? null : Set.of(cols[1].split(" "));
      leading.putIfAbsent(tokens, false, new Leading(form, countries));
    }
  }

  static LegalForms get() {
    return Holder.INSTANCE;
  }

  /** The longest form ending tokens[from, to) that applies to the country; {@code null} when none. */
  TokenTrie.Match<LegalForm> atEnd(List<String> tokens, int from, int to, String country, boolean nonLatinName) {
    return trailing.longest(tokens, from, to, true, f -> f.appliesTo(country, nonLatinName));
  }

  /** The longest leading form starting tokens[from, to) that applies to the country; {@code null} when none. */
  TokenTrie.Match<Leading> atStart(List<String> tokens, int from, int to, String country, boolean nonLatinName) {
    return leading.longest(tokens, from, to, false, l -> l.appliesTo(country, nonLatinName));
  }

  /**
   * A form that may lead a name.
   *
   * @param countries where it leads names; {@code null} for anywhere, even when the country is unknown
   */
  record Leading(LegalForm form, Set<String> countries) {
    boolean appliesTo(String country, boolean nonLatinName) {
      if (!form.appliesTo(country, nonLatinName)) {
        return false;
      }
      return countries == null || (country != null && countries.contains(country));
    }
  }

  private static final class Holder {
    static final LegalForms INSTANCE = new LegalForms();
  }
}
