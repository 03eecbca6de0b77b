package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishWordsTest {

  @Test
  void descriptorWords_inEnglish_brandAndPlaceWordsAsWritten() {
    assertThat(EnglishWords.inEnglish(List.of("companhia", "siderurgica", "nacional"))).containsExactly("company", "steel", "national");
    assertThat(EnglishWords.inEnglish(List.of("banco", "de", "chile"))).containsExactly("bank", "de", "chile");
    assertThat(EnglishWords.inEnglish(List.of("companhia", "energetica", "de", "minas", "gerais")))
        .containsExactly("company", "energy", "de", "minas", "gerais");
  }

  @Test
  void germanicSlavicAndNordicDescriptors_inEnglish_eitherUmlautFolding() {
    assertThat(EnglishWords.inEnglish(CompanyNames.parse("Österreichische Post AG", "AT").tokens())).containsExactly("austrian", "post");
    assertThat(EnglishWords.inEnglish(CompanyNames.parse("Österreichische Post AG", null).tokens())).containsExactly("austrian", "post");
    assertThat(EnglishWords.inEnglish(CompanyNames.parse("České dráhy, a.s.", "CZ").tokens())).containsExactly("czech", "railways");
    assertThat(EnglishWords.inEnglish(CompanyNames.parse("VR-Yhtymä Oy", "FI").tokens())).containsExactly("vr", "group");
    assertThat(EnglishWords.inEnglish(CompanyNames.parse("Hannover Rück SE", "DE").tokens())).as("Hannover Re").containsExactly("hannover", "re");
  }

  @Test
  void oneWordName_isTheBrand() {
    assertThat(EnglishWords.inEnglish(List.of("medios"))).containsExactly("medios");
  }

  @Test
  void nameWithoutSuchWords_isTheSameList() {
    List<String> words = List.of("acme", "steel");
    assertThat(EnglishWords.inEnglish(words)).isSameAs(words);
  }

  @Test
  void japaneseReadings_inEnglish_twoWordsAsTwo() {
    assertThat(EnglishWords.inEnglish(CompanyNames.parse("住友電気工業株式会社", "JP").tokens()))
        .containsExactly("sumitomo", "electric", "industries");
    assertThat(EnglishWords.inEnglish(CompanyNames.parse("三菱重工業株式会社", "JP").tokens()))
        .containsExactly("mitsubishi", "heavy", "industries");
    assertThat(EnglishWords.inEnglish(List.of("ju", "hua"))).containsExactly("ju", "hua");
  }

  /** Every row is folded words (as names fold) with as many different folded English words. */
  @Test
  void everyRow_isFoldedAndTranslates() {
    List<String[]> rows = new ArrayList<>(Resources.table("latin-words.tsv", 2, 2, "word, English"));
    assertThat(rows).hasSizeGreaterThan(150);
    rows.addAll(Resources.table("romaji-words.tsv", 2, 2, "romaji, English"));
    for (String[] row : rows) {
      List<String> words = TextFolding.tokens(row[0]);
      assertThat(String.join(" ", words)).as(row[0]).isEqualTo(row[0]);
      assertThat(words).as(row[0]).hasSizeBetween(1, 2);
      assertThat(String.join(" ", TextFolding.tokens(row[1]))).as(row[1]).isEqualTo(row[1]);
      assertThat(TextFolding.tokens(row[1])).as(row[1]).hasSameSizeAs(words);
      assertThat(row[1]).as(row[0]).isNotEqualTo(row[0]);
    }
  }
}
