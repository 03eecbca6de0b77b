package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkeletonsTest {

  /** One company, its native-script name and its Latin name (or two romanizations): skeletons agree. */
  @ParameterizedTest(name = "{0} / {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      ジョイフル         | -  | Joyfull               | -
      ソニー株式会社     | JP | Sony Corporation      | JP
      シャープ株式会社   | JP | Sharp Corporation     | JP
      トヨタ             | JP | Toyota                | JP
      ヤマハ株式会社     | JP | Yamaha Corporation    | JP
      Газпром            | RU | Gazprom               | RU
      Gasprom            | -  | Gazprom               | -
      Лукойл             | RU | Lukoil                | RU
      Роснефть           | RU | Rosneft               | RU
      Яндекс             | RU | Yandex                | RU
      Άλφα               | GR | Alpha                 | GR
      삼성               | KR | Samsung               | KR
      현대               | KR | Hyundai               | KR
      أرامكو             | SA | Aramco                | SA
      ปตท                | TH | PTT                   | TH
      Müller GmbH        | DE | Muller GmbH           | US
      Mueller AG         | CH | Müller AG             | -
      Joy Full Ltd       | GB | Joyfull Limited       | GB
      Nippon Steel       | JP | Nipon Steel           | JP
      """)
  void skeleton_romanizationVariants_agree(String left, String leftCountry, String right, String rightCountry) {
    String l = CompanyNames.parse(left, leftCountry).skeleton();
    String r = CompanyNames.parse(right, rightCountry).skeleton();

    assertThat(l).isNotEmpty().isEqualTo(r);
  }

  /** Real, different companies with similar names: their skeletons differ. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Sony           | Sunday
      Toyota         | Toyoda Gosei
      Samsung        | Samsonite
      Gazprom        | Gazprombank
      Lukoil         | Lukos
      Yandex         | Yanmar
      Hyundai        | Hitachi
      Sharp          | Shire
      Alpha Bank     | Alpha Trust
      Intel          | Tele2
      Mitsubishi     | Mitsui
      Nissan         | Nikon
      """)
  void skeleton_differentCompanies_differ(String left, String right) {
    assertThat(CompanyNames.parse(left, null).skeleton()).isNotEqualTo(CompanyNames.parse(right, null).skeleton());
  }

  /**
   * The known limit, which is why the skeleton is weak evidence beside the words: names that differ
   * only in vowels share it.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Sony     | Sanyo
      Nissan   | Nissin
      Hyundai  | Honda
      """)
  void skeleton_namesDifferingOnlyInVowels_share(String left, String right) {
    assertThat(CompanyNames.parse(left, null).skeleton()).isEqualTo(CompanyNames.parse(right, null).skeleton());
  }

  /**
   * Over the real names of the bundled cleanco test list, few pairs of different names share a
   * skeleton: it is a key for variants, not a bucket for everything.
   */
  @Test
  void skeleton_distinctRealNames_rarelyCollide() {
    List<String> skeletons = new ArrayList<>();
    for (String line : Resources.lines("cleanco_test_companies.csv")) {
      String name = line.split(";", 2)[0];
      String s = CompanyNames.parse(name, null).skeleton();
      if (!s.isEmpty()) {
        skeletons.add(s);
      }
    }
    long pairs = 0;
    long same = 0;
    for (int i = 0; i < skeletons.size(); i++) {
      for (int j = i + 1; j < skeletons.size(); j++) {
        pairs++;
        same += skeletons.get(i).equals(skeletons.get(j)) ? 1 : 0;
      }
    }

    assertThat(skeletons).hasSizeGreaterThan(100);
    assertThat((double) same / pairs).isLessThan(0.001);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      Joyfull         | jfr
      Gazprom         | gsprm
      Alpha Bank      | arfbnk
      Sharp           | sp
      3M              | 3m
      A               | ''
      Ooo             | ''
      """)
  void skeleton_name_isConsonantKey(String raw, String expected) {
    assertThat(CompanyNames.parse(raw, null).skeleton()).isEqualTo(expected);
  }

  /**
   * The consonants of a name's words other than descriptors, without the skeleton's mark of a leading
   * vowel: an abjad spelling shares them with the Latin one ("אלביט" / "Elbit"), and two banks that
   * share only "bank" differ ("Hapoalim" / "Leumi").
   */
  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      Elbit Systems    | - | rbt
      אלביט מערכות     | IL | rbt
      Bank Hapoalim    | - | prm
      בנק הפועלים      | IL | prm
      Bank Leumi       | - | rm
      Bank             | - | ''
      """)
  void consonantsWithout_descriptors_areTheBrandsConsonants(String raw, String country, String expected) {
    java.util.Set<String> descriptors = java.util.Set.of("bank", "systems");
    CompanyName name = CompanyNames.parse(raw, country.equals("-") ? null : country);
    assertThat(name.consonantsWithout(descriptors::contains)).isEqualTo(expected);
  }
}
