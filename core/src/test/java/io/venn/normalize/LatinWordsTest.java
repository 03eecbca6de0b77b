package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatinWordsTest {

  @Test
  void descriptorWords_inEnglish_brandAndPlaceWordsAsWritten() {
    assertThat(LatinWords.inEnglish(List.of("companhia", "siderurgica", "nacional"))).containsExactly("company", "steel", "national");
    assertThat(LatinWords.inEnglish(List.of("banco", "de", "chile"))).containsExactly("bank", "de", "chile");
    assertThat(LatinWords.inEnglish(List.of("companhia", "energetica", "de", "minas", "gerais")))
        .containsExactly("company", "energy", "de", "minas", "gerais");
  }

  @Test
  void oneWordName_isTheBrand() {
    assertThat(LatinWords.inEnglish(List.of("medios"))).containsExactly("medios");
  }

  @Test
  void nameWithoutSuchWords_isTheSameList() {
    List<String> words = List.of("acme", "steel");
    assertThat(LatinWords.inEnglish(words)).isSameAs(words);
  }

  /** Every row is a folded word (as names fold) with a different folded English word. */
  @Test
  void everyRow_isFoldedAndTranslates() {
    List<String[]> rows = Resources.table("latin-words.tsv", 2, 2, "word, English");
    assertThat(rows).hasSizeGreaterThan(150);
    for (String[] row : rows) {
      assertThat(TextFolding.tokens(row[0])).as(row[0]).containsExactly(row[0]);
      assertThat(TextFolding.tokens(row[1])).as(row[1]).containsExactly(row[1]);
      assertThat(row[1]).as(row[0]).isNotEqualTo(row[0]);
    }
  }
}
