package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VowelKeysTest {

  /**
   * Short names of one company, written in kana, hangul, Greek or Cyrillic and in Latin (none has a
   * phonetic key, and most share only a skeleton of two to four consonants with names of other
   * companies): their vowel keys agree.
   */
  @ParameterizedTest(name = "{0} / {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      ジョイフル         | JP | Joyfull Co., Ltd.     | JP
      ジョイフル         | -  | Joy Full              | -
      アリンコ株式会社   | JP | Alinco Incorporated   | JP
      株式会社レコッム   | JP | Recomm Co., Ltd.      | JP
      アップバンク       | JP | AppBank Inc.          | JP
      ニッタンバルブ     | JP | Nittan Valve          | JP
      センター           | JP | Center                | US
      ソニー             | JP | Sony                  | JP
      トヨタ             | JP | Toyota                | JP
      주식회사 웁카레    | KR | UBcare Co., Ltd.      | KR
      잍센               | KR | Itcen                 | KR
      아우토넥스         | KR | Autonex               | KR
      ΑΥΤΟΕΛΛΑΣ Α.Ε.     | GR | Autohellas S.A.       | GR
      Άλφα               | GR | Alpha                 | GR
      Лукойл             | RU | Lukoil                | RU
      Яндекс             | RU | Yandex                | RU
      カルビー株式会社   | JP | Calbee, Inc.          | JP
      株式会社ワコールホールディングス | JP | Wacoal Holdings Corp. | JP
      アサヒインテック   | JP | Asahi Intecc Co., Ltd. | JP
      """)
  void vowelKey_shortNameInAnotherScript_agreesWithLatinName(String left, String leftCountry, String right, String rightCountry) {
    CompanyName l = CompanyNames.parse(left, leftCountry);
    CompanyName r = CompanyNames.parse(right, rightCountry);

    assertThat(l.vowelKey()).as(l + " / " + r).isNotEmpty().isEqualTo(r.vowelKey());
  }

  /**
   * Different companies whose short names share a consonant skeleton, or come close in sound: the
   * vowels keep them apart (or the key is too short to say anything).
   */
  @ParameterizedTest(name = "{0} / {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      ソニー             | JP | Sanyo                 | JP
      サンヨー           | JP | Sony                  | JP
      ソニー             | JP | Sunny                 | JP
      ソニー             | JP | Sonic                 | JP
      ジョイフル         | JP | Joy Food              | JP
      ライオン           | JP | Rion                  | JP
      トヨタ             | JP | Toyoda                | JP
      Лукойл             | RU | Lukos                 | RU
      현대               | KR | Honda                 | JP
      삼양식품           | KR | Samsung Foods         | KR
      ニトリ             | JP | Natori                | JP
      カプコン           | JP | Kapcan                | JP
      """)
  void vowelKey_differentCompanies_differ(String left, String leftCountry, String right, String rightCountry) {
    CompanyName l = CompanyNames.parse(left, leftCountry);
    CompanyName r = CompanyNames.parse(right, rightCountry);

    boolean agree = !l.vowelKey().isEmpty() && l.vowelKey().equals(r.vowelKey());
    assertThat(agree).as(l.vowelKey() + " / " + r.vowelKey()).isFalse();
  }

  /** Worked examples of the rules: see {@link VowelKeys}. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      Joyfull          | joifr
      Sony             | soni
      Sanyo            | sanyo
      Alinco           | arinko
      AppBank          | apbank
      Center           | senta
      Nittan Valve     | nitanbarp
      Itcen            | itsen
      Hyundai          | yundae
      현대               | yundae
      Samsung          | sansnk
      삼성               | sansnk
      Doosan           | tsan
      Capcom           | kapkon
      カプコン             | kapkon
      Recomm           | rekon
      두산               | tsan
      Calbee           | karbi
      Wacoal           | akor
      Wakoru Holdings  | akorordinks
      Sunny            | ''
      Kawai            | ''
      """)
  void vowelKey_name_isItsSoundWithVowels(String raw, String expected) {
    assertThat(CompanyNames.parse(raw, null).vowelKey()).isEqualTo(expected);
  }

  /** Abjads write no short vowels: a Hebrew name and its Latin spelling keep only the skeleton in common. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      פליפד בע"מ         | PolyPid Ltd.
      """)
  void vowelKey_abjad_doesNotAgree(String left, String right) {
    CompanyName l = CompanyNames.parse(left, "IL");
    CompanyName r = CompanyNames.parse(right, "IL");

    assertThat(l.skeleton()).isEqualTo(r.skeleton());
    assertThat(l.vowelKey()).isNotEqualTo(r.vowelKey());
  }
}
