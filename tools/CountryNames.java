import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes the country-name tables of core/src/main/resources/io/venn/normalize from the JDK's locale
 * data, one "language tag TAB ISO-alpha-2 TAB name" per line:
 * <ul>
 *   <li>{@code languages}: every ISO country's name in fifteen Latin-script languages that CRM exports
 *       are often written in ("Deutschland", "Espagne"), language by language;
 *   <li>{@code native}: each country's name in the language of each JDK locale that names a country
 *       ("de-AT": "Österreich"), in {@code Locale.getAvailableLocales()} order.
 * </ul>
 * Why files: asking the JDK reads the locale data of every language it names, 0.4 s of CPU for the
 * fifteen and 1.5 s for all of them, which a match paid the first time a country cell held a name
 * in another language, an unknown value ("N/A", a typo) or a name in another script.
 *
 * <pre>
 * java tools/CountryNames.java languages > core/src/main/resources/io/venn/normalize/country-names-in-languages.txt
 * java tools/CountryNames.java native > core/src/main/resources/io/venn/normalize/country-native-names.txt
 * </pre>
 */
public final class CountryNames {
  private static final List<String> LANGUAGES =
      List.of("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "pl", "cs", "tr", "id");

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    boolean languages = args.length == 1 && args[0].equals("languages");
    if (!languages && !(args.length == 1 && args[0].equals("native"))) {
      System.err.println("usage: java tools/CountryNames.java languages|native");
      System.exit(2);
    }
    out.println(languages
        ? "# Every ISO country's name in fifteen Latin-script languages, language by language."
        : "# Each country's name in its own languages, in java.util.Locale.getAvailableLocales() order.");
    out.println("# One \"language tag <tab> ISO-alpha-2 <tab> name\" per line, as Locale.getDisplayCountry gives it on");
    out.println("# Java " + Runtime.version().feature() + " (the JDK's CLDR locale data, Unicode license). Regenerate with:");
    out.println("# java tools/CountryNames.java " + (languages ? "languages" : "native"));
    if (languages) {
      for (String language : LANGUAGES) {
        Locale in = Locale.forLanguageTag(language);
        for (String code : Locale.getISOCountries()) {
          print(out, in, code, new Locale("", code).getDisplayCountry(in));
        }
      }
    } else {
      for (Locale locale : Locale.getAvailableLocales()) {
        if (locale.getCountry().length() == 2) {
          print(out, locale, locale.getCountry(), locale.getDisplayCountry(locale));
        }
      }
    }
    out.flush();
  }

  private static void print(PrintStream out, Locale locale, String code, String name) {
    if (name.indexOf('\t') >= 0 || name.indexOf('#') >= 0) {
      // the tables are read as tab-separated lines with '#' comments: such a name would be cut
      throw new IllegalStateException(locale.toLanguageTag() + " names " + code + " \"" + name + "\": a tab or '#' the table cannot hold");
    }
    if (!name.isBlank()) {
      out.println(locale.toLanguageTag() + "\t" + code + "\t" + name);
    }
  }
}
