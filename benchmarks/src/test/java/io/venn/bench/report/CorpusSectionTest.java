package io.venn.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorpusSectionTest {
  private static final String SECTION = CorpusSection.BEGIN + "\n## Accuracy on labelled real corpora\n\nnew\n" + CorpusSection.END + "\n\n";

  @Test
  void splice_replacesTheSectionOfAFullRun() {
    String old = "# Results\n\n" + CorpusSection.BEGIN + "\nold figures\n" + CorpusSection.END + "\n\n## Scale\n\nkept\n";
    assertThat(CorpusSection.splice(old, SECTION)).isEqualTo("# Results\n\n" + SECTION + "## Scale\n\nkept\n");
  }

  @Test
  void splice_insertsBeforeScaleWhenAnOlderFileHasNoSection() {
    String old = "# Results\n\n## Accuracy\n\nx\n\n## Scale\n\nkept\n";
    assertThat(CorpusSection.splice(old, SECTION)).isEqualTo("# Results\n\n## Accuracy\n\nx\n\n" + SECTION + "## Scale\n\nkept\n");
  }
}
