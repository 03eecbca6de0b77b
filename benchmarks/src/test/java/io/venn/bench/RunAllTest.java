package io.venn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunAllTest {
  @Test
  void reproducible_keepsWhatIsMeasured_dropsWhereFilesWent() {
    assertThat(RunAll.reproducible(new String[] {"--work", "/tmp/x", "--scale-sizes", "10000", "--out", "o", "--no-jmh"}))
        .isEqualTo(" --scale-sizes 10000 --no-jmh");
    assertThat(RunAll.reproducible(new String[0])).isEmpty();
  }
}
