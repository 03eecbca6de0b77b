package io.venn.normalize;

import io.venn.normalize.LegalFormCatalog.LegalForm;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds legal-form designators at the ends of a folded name: any known form at the end ("Inc",
 * "GmbH", "Pty Ltd", "Tbk"), and at the start only the forms that conventionally lead a name in
 * some countries ("PT", "OOO", "AO"; see {@code leading-forms.txt}). Never in the middle.
 *
 * <p>Built once per set of scripts, lazily: for Latin names from the shipped catalog ({@link
 * LatinCatalogFile}), for the others from {@link LegalFormCatalog}; immutable and thread-safe afterwards.
 */
final class LegalForms {
  private final TokenTrie<LegalForm> trailing = new TokenTrie<>();
  private final TokenTrie<Leading> leading = new TokenTrie<>();

  private static final LegalForms LATIN = new LegalForms(EnumSet.noneOf(Romanizer.Script.class));
  private static final Map<Set<Romanizer.Script>, LegalForms> BY_SCRIPTS = new ConcurrentHashMap<>();
  private static final Set<Romanizer.Script> JAPANESE = EnumSet.of(Romanizer.Script.JAPANESE, Romanizer.Script.KANJI);
  private static final Set<Romanizer.Script> ALL_SCRIPTS =
      EnumSet.complementOf(EnumSet.of(Romanizer.Script.LATIN));

  private LegalForms(Set<Romanizer.Script> scripts) {
    Map<List<String>, LegalForm> catalog = scripts.isEmpty() ? LatinCatalogFile.read() : LegalFormCatalog.load(LegalFormCatalog.excluded(), scripts);
    catalog.forEach((tokens, form) -> trailing.putIfAbsent(tokens, true, form));
    for (String line : Resources.lines("leading-forms.txt")) {
      String[] cols = line.split("\t");
      if (!scripts.containsAll(Romanizer.scripts(cols[0], null))) {
        continue; // "株式会社" leads only names in Japanese script, which use a catalog with Japanese
      }
      List<String> tokens = TextFolding.tokens(cols[0]);
      LegalForm form = catalog.get(tokens);
      if (form == null && scripts.size() < Romanizer.Script.values().length - 1) {
        continue; // "TOO" is known only from "ТОО", an alias in a script this catalog skips
      }
      if (form == null || cols.length != 2) {
        throw new IllegalStateException("leading-forms.txt: '" + line + "' is not a known legal form with countries");
      }
      Set<String> countries = cols[1].equals("*") ? null : Set.of(cols[1].split(" "));
      leading.putIfAbsent(tokens, false, new Leading(form, countries));
    }
  }

  /**
   * The forms for a name written in the given scripts besides Latin ({@link Romanizer#scripts}):
   * the catalog of the Latin-script aliases and of those scripts' aliases, built on first need
   * and kept. Why per script: Latin-script names never pay for folding "株式会社".
   */
  static LegalForms get(Set<Romanizer.Script> scripts) {
    if (scripts.isEmpty()) {
      return LATIN;
    }
    // one script (kana with kanji counts as one), or else all: names mixing scripts are rare, and
    // a catalog per combination would let odd input build dozens of catalogs
    Set<Romanizer.Script> key = scripts.size() == 1 || JAPANESE.containsAll(scripts) ? scripts : ALL_SCRIPTS;
    return BY_SCRIPTS.computeIfAbsent(EnumSet.copyOf(key), LegalForms::new);
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

}
