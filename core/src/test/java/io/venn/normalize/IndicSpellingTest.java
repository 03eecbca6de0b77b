package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicSpellingTest {

  /**
   * Spelt as the companies write their Latin names: Bengali's anusvara as "ng" ("Bangla",
   * "Bangladesh"), its ya-phala before "া" as the "a" of an English loanword ("Bank", "National"), the
   * velar nasal before k/g as one "n", and "ś"/"ṣ" as "sh" ("Shahjalal", "Rashtriya", "Shree").
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ডাচ্-বাংলা ব্যাংক পিএলসি           | dach bangla bank
      चेन्नई पेट्रोलियम                     | chennai petroliyam
      కోల్‌కతా పోర్ట్                       | kolkata port
      കൊച്ചിൻ ഷിപ്പ്‌യാർഡ്                  | kochin shippyard
      বিমান বাংলাদেশ এয়ারলাইন্স লিমিটেড | biman bangladesh eyaralains
      শাহজালাল ইসলামী ব্যাংক পিএলসি      | shahajalal isalami bank
      ন্যাশনাল ব্যাংক লিমিটেড            | nashanal bank
      श्री सीमेंट लिमिटेड                 | shri siment
      भारतीय स्टेट बैंक                   | bharatiya stet baink
      संघ                                 | sangh
      অ্যাডভান্সড কেমিক্যাল                | adabhansad kemikyal
      বিদ্যালয়                            | bidyalay
      """)
  void names_spelt(String indic, String folded) {
    assertThat(String.join(" ", CompanyNames.parse(indic, "BD").tokens())).isEqualTo(folded);
  }

  @Test
  void bengaliPlc_isALegalForm() {
    assertThat(CompanyNames.parse("ডাচ্-বাংলা ব্যাংক পিএলসি", "BD").legalForms()).containsExactly("plc");
  }

  @Test
  void textWithoutTheseLetters_isReturnedAsIs() {
    String latin = "tata motars";
    assertThat(IndicSpelling.afterTransliteration(latin, true)).isSameAs(latin);
    assertThat(IndicSpelling.afterTransliteration("bāṅlā", true)).isEqualTo("bānglā");
    assertThat(IndicSpelling.afterTransliteration("saṅgha", true)).isEqualTo("sangha");
    // "c" is ISO 15919's for English "ch" in Indic runs only (Georgian "c" is "ts")
    assertThat(IndicSpelling.afterTransliteration("cennai chatra", true)).isEqualTo("chennai chatra");
    assertThat(IndicSpelling.afterTransliteration("kocci kacchi", true)).isEqualTo("kochi kachi");
    assertThat(IndicSpelling.afterTransliteration("cemi", false)).isEqualTo("cemi");
  }
}
