package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatinCatalogFileTest {

  /** The shipped catalog is what the sources give: a changed source or rule shows here first. */
  @Test
  void shippedFile_equalsCatalogBuiltFromSources() {
    String shipped = LatinCatalogFile.text(LatinCatalogFile.read());
    String built = LatinCatalogFile.text(LatinCatalogFile.fromSources());

    assertThat(shipped)
        .as("legalforms/latin-catalog.tsv is out of date; regenerate it as LatinCatalogFile's comment says")
        .isEqualTo(built);
  }
}
