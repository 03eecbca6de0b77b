package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesTest {

  @Test
  void table_rowsWithoutCommentsOrBlankLines() {
    List<String[]> rows = Resources.table("resources-test-table.tsv", 1, 2, "<word> [TAB <word>]");

    assertThat(rows).extracting(r -> String.join("|", r)).containsExactly("alpha|one", "beta|two", "gamma");
  }

  @Test
  void table_rowWithOtherColumnCount_failsNamingFileAndLine() {
    assertThatThrownBy(() -> Resources.table("resources-test-table.tsv", 2, 2, "<word> TAB <word>"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("resources-test-table.tsv line 5: 'gamma' is not <word> TAB <word>");
  }
}
