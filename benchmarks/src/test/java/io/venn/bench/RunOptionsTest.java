package io.venn.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunOptionsTest {
  @Test
  void parse_defaultsAreTheReportedSizes() {
    RunOptions o = RunOptions.parse(new String[0]);
    assertThat(o.accuracySize()).isEqualTo(20_000);
    assertThat(o.scaleSizes()).containsExactly(10_000, 100_000, 1_000_000);
    assertThat(o.dukeSizes()).containsExactly(20_000, 100_000);
    assertThat(o.heap()).isEqualTo("3g");
    assertThat(o.runJmh()).isTrue();
    assertThat(o.corpusOnly()).isFalse();
  }

  @Test
  void parse_corpusOnly() {
    assertThat(RunOptions.parse(new String[] {"--corpus-only"}).corpusOnly()).isTrue();
  }

  @Test
  void parse_quickAndOverrides() {
    RunOptions o = RunOptions.parse(new String[] {
      "--quick", "--scale-sizes", "1000,20_000", "--duke-sizes", "none", "--no-jmh", "--out", "/tmp/x", "--heap", "2g"});
    assertThat(o.accuracySize()).isEqualTo(5_000);
    assertThat(o.scaleSizes()).isEqualTo(List.of(1_000, 20_000));
    assertThat(o.dukeSizes()).isEmpty();
    assertThat(o.runJmh()).isFalse();
    assertThat(o.out()).isEqualTo(Path.of("/tmp/x"));
    assertThat(o.heap()).isEqualTo("2g");
  }

  @Test
  void parse_badInputNamesTheOption() {
    assertThatThrownBy(() -> RunOptions.parse(new String[] {"--fast"})).hasMessageContaining("unknown option --fast");
    assertThatThrownBy(() -> RunOptions.parse(new String[] {"--scale-sizes", "10k"}))
        .hasMessageContaining("--scale-sizes must be a whole number, was 10k");
    assertThatThrownBy(() -> RunOptions.parse(new String[] {"--budget"})).hasMessageContaining("--budget needs a value");
  }

  @Test
  void thresholds_everyHundredthPlusDefault() {
    List<Double> t = RunAll.thresholds(0.5);
    assertThat(t).hasSize(50).startsWith(0.5).endsWith(0.99).contains(0.9);
  }
}
