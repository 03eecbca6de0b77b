package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Germany                   | DE
      Deutschland               | DE
      DEU                       | DE
      de                        | DE
      España                    | ES
      Espana                    | ES
      Spain                     | ES
      Nederland                 | NL
      The Netherlands           | NL
      Holland                   | NL
      Brasil                    | BR
      Italia                    | IT
      Österreich                | AT
      Oesterreich               | AT
      Schweiz                   | CH
      Suisse                    | CH
      Svizzera                  | CH
      USA                       | US
      U.S.A.                    | US
      US                        | US
      U.S.                      | US
      United States             | US
      United States of America  | US
      UK                        | GB
      U.K.                      | GB
      United Kingdom            | GB
      Great Britain             | GB
      England                   | GB
      Scotland                  | GB
      South Korea               | KR
      'Korea, Republic of'      | KR
      Russia                    | RU
      Russian Federation        | RU
      Россия                    | RU
      Czechia                   | CZ
      Czech Republic            | CZ
      Türkiye                   | TR
      Turkey                    | TR
      UAE                       | AE
      United Arab Emirates      | AE
      Viet Nam                  | VN
      Ivory Coast               | CI
      Côte d'Ivoire             | CI
      Indonesia                 | ID
      IDN                       | ID
      India                     | IN
      Japan                     | JP
      日本                       | JP
      Australia                 | AU
      France                    | FR
      Hong Kong                 | HK
      Bosnia / Herzegovina      | BA
      '  mexico '               | MX
      Trinidad & Tobago         | TT
      IS                        | IS
      Iceland                   | IS
      ST                        | ST
      St. Lucia                 | LC
      Saint Lucia               | LC
      British Virgin Isl        | VG
      Slovak Republic           | SK
      Magyarország              | HU
      Hrvatska                  | HR
      Ελλάδα                    | GR
      대한민국                   | KR
      Espagne                   | ES
      Niemcy                    | DE
      Almanya                   | DE
      """)
  void iso2_knownNames(String raw, String expected) {
    assertThat(Countries.iso2(raw)).isEqualTo(Normalized.ok(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Narnia      | UNKNOWN_COUNTRY
      Europe      | UNKNOWN_COUNTRY
      XX          | UNKNOWN_COUNTRY
      n/a         | UNKNOWN_COUNTRY
      '  '        | EMPTY
      """)
  void iso2_rejected(String raw, Reason reason) {
    assertThat(Countries.iso2(raw).reason()).isEqualTo(reason);
  }

  /**
   * The two tables written from the JDK's locale data (tools/CountryNames.java) say what the JDK
   * says: on the Java version that wrote them (their header names it) every line's name is the
   * JDK's name of that country in that language, and the fifteen languages' table names every ISO
   * country; a later JDK may rename a few countries, so there up to 1% may differ. A table edited by
   * hand, shifted or cut short fails.
   */
  @ParameterizedTest
  @ValueSource(strings = {"country-native-names.txt", "country-names-in-languages.txt"})
  void tablesWrittenFromTheJdk_agreeWithThisJdk(String resource) throws Exception {
    List<String> lines = Resources.lines(resource);
    List<String> disagreeing = new ArrayList<>();
    for (String line : lines) {
      String[] field = line.split("\t");
      String jdk = new Locale("", field[1]).getDisplayCountry(Locale.forLanguageTag(field[0]));
      if (!jdk.equals(field[2])) {
        disagreeing.add(line + " (JDK: " + jdk + ")");
      }
    }
    boolean sameJava = Runtime.version().feature() == writtenOnJava(resource);
    assertThat(disagreeing).as("lines that disagree with this JDK").hasSizeLessThanOrEqualTo(sameJava ? 0 : lines.size() / 100);
    if (resource.contains("languages") && sameJava) {
      assertThat(lines).hasSize(15 * Locale.getISOCountries().length);
    }
    assertThat(lines).hasSizeGreaterThan(resource.contains("native") ? 700 : 3000);
  }

  /** The Java feature version a table's header says wrote it ("... on # Java 17 (..."). */
  private static int writtenOnJava(String resource) throws Exception {
    try (var in = Countries.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      var m = java.util.regex.Pattern.compile("# Java (\\d+) ").matcher(text);
      assertThat(m.find()).as(resource + " names the Java that wrote it").isTrue();
      return Integer.parseInt(m.group(1));
    }
  }
}
