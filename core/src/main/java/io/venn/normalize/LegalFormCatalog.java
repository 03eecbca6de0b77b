package io.venn.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the bundled legal-form data (GLEIF ISO 20275, OpenSanctions rigour, cleanco; see
 * legalforms/SOURCE.txt) into one map from folded alias tokens to {@link LegalForm}. Every alias is
 * folded by {@link TextFolding}, exactly like the names it is matched against, so "S.p.A." and
 * "Pty. Ltd." meet their spellings in names. Sources are read in order of curation (rigour, cleanco,
 * GLEIF): the first source of an alias gives its canonical spelling.
 *
 * <p>The sources are parsed once per process into {@link Alias}es, and each alias's scripts and
 * folded tokens are kept once computed: a list with names in several scripts builds one catalog per
 * script, and each used to parse the 750 KB GLEIF file and fold every Latin alias again.
 */
final class LegalFormCatalog {
  private static final String DIR = "legalforms/";

  private final Map<List<String>, LegalForm> forms = new LinkedHashMap<>(8192);
  private final Set<String> excluded;
  private final Set<Romanizer.Script> scripts;

  private LegalFormCatalog(Set<String> excluded, Set<Romanizer.Script> scripts) {
    this.excluded = excluded;
    this.scripts = scripts;
  }

  /**
   * @param excluded folded aliases that must never be treated as legal forms: words too generic to
   *     strip and the words of the abbreviation table
   * @param scripts the scripts besides Latin whose aliases to read ("ООО" needs Cyrillic, "株式会社"
   *     Japanese). Why not all: such aliases apply only to names written in those scripts, and
   *     folding them loads transliterators and Japanese readings that cost seconds; a Latin-only
   *     list needs none of them.
   */
  static Map<List<String>, LegalForm> load(Set<String> excluded, Set<Romanizer.Script> scripts) {
    LegalFormCatalog c = new LegalFormCatalog(excluded, scripts);
    for (Alias a : Parsed.ALIASES) {
      c.add(a.text(), a.canonical() == null ? null : a.canonical().resolve(c), a.country(), a.source());
    }
    return c.forms;
  }

  /** Folded phrases never taken for legal forms: words too generic to strip and the abbreviation table's words. */
  static Set<String> excluded() {
    Set<String> excluded = new HashSet<>();
    for (String line : Resources.lines("generic-words.txt")) {
      excluded.add(TextFolding.phrase(line));
    }
    excluded.addAll(Abbreviations.words());
    return excluded;
  }

  /**
   * One alias as a source gives it, in curation order.
   *
   * @param canonical how its canonical spelling is found; {@code null} for the alias's own spelling
   */
  private record Alias(String text, Canonical canonical, String country, Source source) {}

  /** A canonical spelling: already folded (Venn's additions), or a display name folded per catalog. */
  private record Canonical(String folded, String display, String displayCountry) {
    static Canonical folded(String folded) {
      return new Canonical(folded, null, null);
    }

    static Canonical display(String display, String country) {
      return new Canonical(null, display, country);
    }

    String resolve(LegalFormCatalog catalog) {
      return folded != null ? folded : catalog.canonical(display, displayCountry);
    }
  }

  /** The sources, parsed on first use and kept: the same for every catalog. */
  private static final class Parsed {
    static final List<Alias> ALIASES = parse();

    private static List<Alias> parse() {
      List<Alias> out = new ArrayList<>(16384);
      readAdditions(out);
      readRigour(out);
      readCleanco(out);
      readGleif(out);
      return List.copyOf(out);
    }
  }

  /**
   * rigour_org_types.yml: a YAML list of entries with display / compare / aliases, read line by line.
   * All displays go in first, so an alias shared by several entries ("ao", "ooo") keeps the
   * canonical spelling of the entry it names rather than of the first entry listing it.
   */
  private static void readRigour(List<Alias> out) {
    List<List<String>> entries = new ArrayList<>(); // display first, then compare and aliases
    boolean inAliases = false;
    try (BufferedReader r = Resources.open(DIR + "rigour_org_types.yml")) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int comment = line.indexOf(" #");
        String s = (comment < 0 ? line : line.substring(0, comment)).strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (s.startsWith("- ") && !line.startsWith("    ")) { // a new entry at the top indentation
          entries.add(new ArrayList<>(List.of("")));
          inAliases = false;
          s = s.substring(2).strip();
        }
        if (entries.isEmpty()) {
          continue;
        }
        List<String> entry = entries.get(entries.size() - 1);
        if (s.startsWith("- ") && inAliases) {
          entry.add(unquote(s.substring(2)));
        } else if (s.startsWith("display:")) {
          entry.set(0, unquote(s.substring(8)));
        } else if (s.startsWith("compare:")) {
          entry.add(unquote(s.substring(8)));
        } else {
          inAliases = s.startsWith("aliases:");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (List<String> entry : entries) {
      out.add(new Alias(entry.get(0), null, null, Source.RIGOUR));
    }
    for (List<String> entry : entries) {
      Canonical canonical = Canonical.display(entry.get(0), null);
      for (String alias : entry.subList(1, entry.size())) {
        out.add(new Alias(alias, canonical, null, Source.RIGOUR));
      }
    }
  }

  /** cleanco_terms.tsv: (table, key, term); terms_by_type are worldwide, terms_by_country per country. */
  private static void readCleanco(List<Alias> out) {
    for (String line : Resources.lines(DIR + "cleanco_terms.tsv")) {
      String[] cols = line.split("\t", 3);
      if (cols.length < 3 || cols[0].equals("table")) {
        continue;
      }
      if (cols[0].equals("terms_by_type")) {
        out.add(new Alias(cols[2], null, null, Source.GENERIC_TYPES));
      } else {
        out.add(new Alias(cols[2], null, Countries.lookup(cols[1]), Source.COUNTRY));
      }
    }
  }

  /**
   * The GLEIF code list: active forms' abbreviations and non-English names, per country. English
   * names are left out: they are descriptions ("Insurance Company", "Housing Finance Company",
   * "Trust") rather than designators, and rigour and cleanco already carry the English ones that are
   * ("Limited Liability Company", "Public Limited Company").
   */
  private static void readGleif(List<Alias> out) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (BufferedReader r = Resources.open(DIR + "gleif_elf_code_list_v1.6_2026-02-19.csv")) {
      for (CSVRecord row : format.parse(r)) {
        if (!row.get("ELF Status ACTV/INAC").equals("ACTV")) {
          continue;
        }
        String country = row.get("Country Code (ISO 3166-1)");
        String local = row.get("Abbreviations Local language");
        String transliterated = row.get("Abbreviations transliterated");
        String name = row.get("Entity Legal Form name Transliterated name (per ISO 01-140-10)");
        Canonical canonical = Canonical.display(abbreviationsIn(firstOf(local + ";" + transliterated + ";" + name)).get(0), country);
        for (String abbreviation : (local + ";" + transliterated).split(";")) {
          for (String alternative : abbreviationsIn(abbreviation)) {
            out.add(new Alias(alternative, canonical, country, Source.COUNTRY));
          }
        }
        if (!row.get("Language Code (ISO 639-1)").equals("en")) {
          out.add(new Alias(row.get("Entity Legal Form name Local name"), canonical, country, Source.COUNTRY));
          out.add(new Alias(name, canonical, country, Source.COUNTRY));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * legalforms/venn_additions.tsv (alias, canonical, countries or "*"): forms the other sources
   * miss, read first so their spelling wins.
   */
  private static void readAdditions(List<Alias> out) {
    for (String line : Resources.lines(DIR + "venn_additions.tsv")) {
      String[] cols = line.split("\t");
      Canonical canonical = Canonical.folded(String.join(" ", TextFolding.tokens(cols[1])));
      if (cols[2].equals("*")) {
        out.add(new Alias(cols[0], canonical, null, Source.GENERIC_TYPES));
      } else {
        for (String country : cols[2].split(" ")) {
          out.add(new Alias(cols[0], canonical, country, Source.COUNTRY));
        }
      }
    }
  }

  /**
   * The folded canonical spelling of a display name; {@code null} (the alias's own spelling) when
   * it is in a script this catalog skips, so no transliterator is loaded for it.
   */
  private String canonical(String display, String country) {
    if (!readable(display, country)) {
      return null;
    }
    String folded = String.join(" ", folded(display, country));
    return folded.isEmpty() ? null : folded;
  }

  /** Whether the text is in Latin or in scripts this catalog reads. */
  private boolean readable(String text, String country) {
    return scripts.containsAll(SCRIPTS.computeIfAbsent(key(text, country), k -> Romanizer.scripts(text, country)));
  }

  /**
   * Aliases' scripts and folded tokens, kept for the process: every catalog asks for the same
   * texts (about 20,000, a few MB), and folding is the same whichever catalog asks.
   */
  private static final Map<String, Set<Romanizer.Script>> SCRIPTS = new ConcurrentHashMap<>(16384);
  private static final Map<String, List<String>> FOLDED = new ConcurrentHashMap<>(16384);

  private static List<String> folded(String text, String country) {
    return FOLDED.computeIfAbsent(key(text, country), k -> List.copyOf(TextFolding.tokens(text, country)));
  }

  private static String key(String text, String country) {
    return country == null ? text : country + '\u0000' + text;
  }

  /** Adds one alias, and its spaced variant when it has dots ("S.A." is also "S. A." -> "s a"). */
  private void add(String alias, String canonical, String country, Source source) {
    if (alias == null || alias.isBlank() || !readable(alias, country)) {
      return;
    }
    // folded with the country, like the names it will be found in ("株式会社" read as Japanese)
    addFolded(folded(alias, country), alias, canonical, country, source);
    if (alias.indexOf('.') >= 0) {
      addFolded(folded(alias.replace('.', ' '), country), alias, canonical, country, source);
    }
  }

  private void addFolded(List<String> tokens, String alias, String canonical, String country, Source source) {
    if (tokens.isEmpty() || (tokens.size() == 1 && tokens.get(0).length() == 1)) {
      return; // a lone letter is an initial far more often than a legal form
    }
    String joined = String.join(" ", tokens);
    if (excluded.contains(joined)) {
      return;
    }
    LegalForm form = forms.computeIfAbsent(
        List.copyOf(tokens),
        k -> new LegalForm(
            canonical == null ? joined : canonical, tokens.size() == 1 ? joined.length() : Integer.MAX_VALUE));
    // NFKC first: "㈜" is a symbol, but it is "(주)", hangul, in names as in aliases
    form.addSource(country, source, !TextFolding.hasNonLatinLetters(Normalizer.normalize(alias, Normalizer.Form.NFKC)));
  }

  /**
   * The abbreviations in one GLEIF cell, which sometimes explains or lists them: "DAC – (limited by
   * shares)" is "DAC", "PULC / uc" is "PULC" and "uc". A slash without spaces is part of the
   * abbreviation ("S/A", "A/S").
   */
  static List<String> abbreviationsIn(String cell) {
    String s = cell;
    int dash = s.indexOf(" – ");
    if (dash >= 0) {
      s = s.substring(0, dash);
    }
    int paren = s.indexOf('(');
    if (paren > 0 && s.indexOf(' ', paren) > 0) { // an explanation, not "AB (publ)"
      s = s.substring(0, paren);
    }
    return List.of(s.split(" / "));
  }

  private static String firstOf(String list) {
    for (String s : list.split(";")) {
      if (!s.isBlank()) {
        return s;
      }
    }
    return "";
  }

  private static String unquote(String s) {
    String v = s.strip();
    if (v.length() >= 2 && v.charAt(0) == '"' && v.charAt(v.length() - 1) == '"') {
      v = v.substring(1, v.length() - 1);
    }
    return v;
  }

  /** Where an alias comes from, which decides whether it is used worldwide. */
  enum Source {
    /** OpenSanctions rigour: curated, without countries. */
    RIGOUR,
    /** cleanco's terms by type ("Corporation", "Limited"): used everywhere. */
    GENERIC_TYPES,
    /** GLEIF rows and cleanco's terms by country. */
    COUNTRY
  }

  /** Which countries use an alias, whether it is used worldwide, and in which scripts it is written. */
  static final class LegalForm {
    /** An alias listed by this many countries is treated as worldwide. */
    private static final int WORLDWIDE_COUNTRIES = 3;
    /** One-word aliases up to this many letters are local unless used worldwide. */
    private static final int SHORT = 3;

    final String canonical;
    /** Letters of a one-word alias; {@link Integer#MAX_VALUE} for longer aliases. */
    private final int letters;
    private final Set<String> countries = new HashSet<>(4);
    private boolean worldwide;
    private boolean latin;

    LegalForm(String canonical, int letters) {
      this.canonical = canonical;
      this.letters = letters;
    }

    /** A form as {@link LatinCatalogFile} wrote it: {@link #fields} read back. */
    static LegalForm of(String[] fields) {
      LegalForm f = new LegalForm(fields[0], Integer.parseInt(fields[1]));
      f.worldwide = fields[2].indexOf('w') >= 0;
      f.latin = fields[2].indexOf('l') >= 0;
      if (fields.length > 3 && !fields[3].isEmpty()) {
        f.countries.addAll(List.of(fields[3].split(" ")));
      }
      return f;
    }

    /**
     * What decides this form's use, as text: canonical, letters, flags (w, l), countries in order.
     * A field added to this class must be written here too, or LatinCatalogFileTest cannot see it.
     */
    List<String> fields() {
      String flags = (worldwide ? "w" : "") + (latin ? "l" : "");
      return List.of(canonical, Integer.toString(letters), flags.isEmpty() ? "-" : flags,
          String.join(" ", new TreeSet<>(countries)));
    }

    void addSource(String country, Source source, boolean latinScript) {
      if (country != null) {
        countries.add(country);
      }
      // rigour lists many two-letter abbreviations of one country's forms ("rp", "ip", "pr", "ed")
      // with no country: taken worldwide they would strip initials and words ("Acme PR") everywhere
      worldwide |= source == Source.GENERIC_TYPES
          || (source == Source.RIGOUR && letters > 2)
          || countries.size() >= WORLDWIDE_COUNTRIES;
      latin |= latinScript;
    }

    /**
     * Whether to strip this alias from a name. Aliases written only in another script ("ООО",
     * "株式会社") apply to names written in one; short aliases of one or two countries ("oe", "lg",
     * "tbk", Kazakh "ГУ") only for those countries, as they are often ordinary words or initials
     * elsewhere.
     *
     * @param country the account's ISO alpha-2 code, or {@code null} when unknown
     */
    boolean appliesTo(String country, boolean nonLatinName) {
      if (!latin && !nonLatinName) {
        return false;
      }
      return worldwide || letters > SHORT || (country != null && countries.contains(country));
    }
  }
}
