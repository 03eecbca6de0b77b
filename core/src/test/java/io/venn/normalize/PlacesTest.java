package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.read.Account;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      St. Louis         | st louis
      São Paulo         | sao paulo
      Москва            | moskva
      Saint-Étienne     | saint etienne
      '  New   York  '  | new york
      N.Y.              | ny
      Zürich            | zurich
      Île-de-France     | ile de france
      """)
  void fold_realPlaces(String raw, String expected) {
    assertThat(Places.fold(raw)).isEqualTo(Normalized.ok(expected));
  }

  @Test
  void fold_noLetters_isEmpty() {
    assertThat(Places.fold("---").reason()).isEqualTo(Reason.EMPTY);
  }

  /** A CRM in the city's own language or script and one in English agree on the city. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Moscow            | moscow
      Москва            | moscow
      Moskva            | moscow
      東京              | tokyo
      東京都            | tokyo
      Tokyo             | tokyo
      大阪市            | osaka
      堺市              | sakai
      서울특별시        | seoul
      부산광역시        | busan
      北京市            | beijing
      成都              | chengdu
      成都市            | chengdu
      大阪府            | osaka
      東京都中央区      | tokyo
      東京都港区        | tokyo
      神奈川県横浜市    | yokohama
      大阪府大阪市北区  | osaka
      大阪市北区        | osaka
      北京市海淀区      | beijing
      广东省深圳市      | shenzhen
      서울특별시 강남구 | seoul
      경기도 수원시     | suwon
      München           | munich
      Muenchen          | munich
      Munich            | munich
      Frankfurt am Main | frankfurt
      Αθήνα             | athens
      الرياض            | riyadh
      תל אביב           | tel aviv
      กรุงเทพมหานคร     | bangkok
      Bombay            | mumbai
      Mangalore         | mangaluru
      Mangaluru         | mangaluru
      Baroda            | vadodara
      Jakarta Selatan   | jakarta
      South Jakarta     | jakarta
      South San Francisco | south san francisco
      Addis Abeba       | addis ababa
      Ciudad de México  | mexico city
      Mexico City       | mexico city
      Makati City       | makati
      Quezon City       | quezon
      Kuwait City       | kuwait
      Ho Chi Minh City  | ho chi minh city
      Kobe-shi          | kobe
      Shenzhen Shi      | shenzhen
      Suwon-si          | suwon
      St. Petersburg    | saint petersburg
      Springfield       | springfield
      Zürich            | zurich
      """)
  void city_spellingsOfOneCity_areOneCity(String raw, String expected) {
    assertThat(Places.city(raw)).isEqualTo(Normalized.ok(expected));
  }

  /** In Japan a city in kanji is read in Japanese, as its English name spells it; elsewhere Han is read as Chinese. */
  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      池田市          | JP | ikeda
      刈谷市          | JP | kariya
      愛知県刈谷市    | JP | kariya
      横須賀          | JP | yokosuka
      東京都港区      | JP | tokyo
      大阪市北区      | JP | osaka
      成都市          | CN | chengdu
      大阪府 堺市     | JP | sakai
      京都府 宇治市   | JP | uji
      東京都 八王子市 | JP | hachioji
      東京都八王子市  | JP | hachioji
      東京都 港区     | JP | tokyo
      北海道 札幌市   | JP | sapporo
      广东省 深圳市   | CN | shenzhen
      """)
  void city_kanjiInJapan_readInJapanese(String raw, String country, String expected) {
    assertThat(Places.city(raw, country)).isEqualTo(Normalized.ok(expected));
  }

  /** "City" after a name is the city's word, except in the US, where "Kansas City" and "Carson City" are names of their own. */
  @Test
  void city_cityWord_droppedOutsideTheUs() {
    assertThat(Places.city("Makati City", "PH")).isEqualTo(Places.city("Makati", "PH"));
    assertThat(Places.city("Kansas City", "US")).isEqualTo(Normalized.ok("kansas city"));
    assertThat(Places.city("Carson City", "US")).isNotEqualTo(Places.city("Carson", "US"));
    assertThat(Places.city("Si", "KR")).isEqualTo(Normalized.ok("si"));
  }

  /** What a CRM writes beside the city (region, river, district, postal code) goes; the other CRM writes the name alone. */
  @ParameterizedTest(name = "{0} [{1}] = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Langen (Hessen)       | DE | Langen
      Frankfurt/Main        | DE | Frankfurt am Main
      Biel/Bienne           | CH | Biel
      Alphen a/d Rijn       | NL | Alphen aan den Rijn
      Landsberg a. Lech     | DE | Landsberg am Lech
      Stein bei Nürnberg    | DE | Stein
      Esslingen am Neckar   | DE | Esslingen
      Pullach i. Isartal    | DE | Pullach
      Newcastle upon Tyne   | GB | Newcastle
      Neuilly-sur-Seine     | FR | Neuilly
      Sydney, NSW           | AU | Sydney
      Celaya, Gto.          | MX | Celaya
      Perth WA              | AU | Perth
      Colombo 02            | LK | Colombo
      75008 Paris           | FR | Paris
      St. Paul              | US | Saint Paul
      Mt Maunganui          | NZ | Mount Maunganui
      W Des Moines          | US | West Des Moines
      Santiago de Chile     | CL | Santiago
      """)
  void city_whatIsWrittenBesideTheCity_goes(String written, String country, String alone) {
    assertThat(Places.city(written, country)).isEqualTo(Places.city(alone, country));
  }

  /** Not every short last word is a region's code, nor every linking word a qualifier. */
  @Test
  void city_namesThatOnlyLookQualified_stay() {
    assertThat(Places.city("BIEN HOA", "VN")).isEqualTo(Normalized.ok("bien hoa"));
    assertThat(Places.city("Rio de Janeiro", "BR")).isEqualTo(Normalized.ok("rio de janeiro"));
    assertThat(Places.city("Kansas City", "US")).isEqualTo(Normalized.ok("kansas city"));
    assertThat(Places.city("S. Ilario d'Enza", "IT")).isNotEqualTo(Places.city("South Ilario d'Enza", "IT"));
    assertThat(Places.city("Halle (Saale)", "DE")).isEqualTo(Normalized.ok("halle"));
    // an English name the table gives keeps its linking words, as the native spelling reads it
    assertThat(Places.city("Rostov-on-Don", "RU")).isEqualTo(Places.city("Ростов-на-Дону", "RU"));
    // a region after a comma goes in capitals too
    assertThat(Places.city("SYDNEY, NSW", "AU")).isEqualTo(Places.city("Sydney", "AU"));
  }

  /** A city with 市 in its name keeps it: only a ward after the city, or the final suffix, is dropped. */
  @Test
  void city_withCityCharacterInItsName_isNotCutShort() {
    Normalized yokkaichi = Places.city("四日市市", "JP");
    assertThat(Places.city("三重県四日市市", "JP")).isEqualTo(yokkaichi);
    assertThat(Places.city("四日市市中区", "JP")).isEqualTo(yokkaichi);
    assertThat(yokkaichi).isNotEqualTo(Places.city("四日", "JP"));
  }

  /** One normalizer holds a city memo per reading: a Japanese record's kanji city does not decide a Chinese one's. */
  @Test
  void normalizer_readsTheSameKanjiCityByEachRecordsCountry() {
    AccountNormalizer normalizer = AccountNormalizer.standard();
    Account japan = new Account("1", "Acme", null, "JP", "池田市", null, null, null, "All", Map.of(), 2);
    Account china = new Account("2", "Acme", null, "CN", "池田市", null, null, null, "All", Map.of(), 3);
    assertThat(normalizer.normalize(japan).city()).isEqualTo("ikeda");
    assertThat(normalizer.normalize(china).city()).isEqualTo("chitian");
    assertThat(normalizer.normalize(japan).city()).isEqualTo("ikeda");
  }

  /** Every row of the table is needed (its spelling does not fold to the English name by itself) and works. */
  @Test
  void city_everyTableRow_mapsItsSpellingAndIsNotANoOp() {
    List<String[]> rows = Resources.table("city-names.tsv", 2, 2, "spelling, English");
    assertThat(rows).hasSizeGreaterThan(150);
    for (String[] row : rows) {
      assertThat(Places.city(row[0])).as(row[0]).isEqualTo(Normalized.ok(row[1]));
      assertThat(Places.fold(row[0]).value()).as(row[0] + " folds to its English name already").isNotEqualTo(row[1]);
      assertThat(Places.fold(row[1]).value()).as(row[1] + " is folded").isEqualTo(row[1]);
    }
  }

  @Test
  void city_noLetters_isEmpty() {
    assertThat(Places.city("---").reason()).isEqualTo(Reason.EMPTY);
  }
}
