package io.venn.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageProfileTest {
  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "io.venn.read.CsvAccountReader, read",
      "io.venn.normalize.CompanyNames, normalize",
      "io.venn.encode.NameFilter, encode",
      "io.venn.block.CandidateIndex$Cursor, index",
      "io.venn.compare.NameComparator, score",
      "io.venn.decide.PairScorer, score",
      "io.venn.cluster.Clusterer, cluster",
      "io.venn.matrix.OverlapCounter, matrix",
      "io.venn.bench.scale.NaiveJoin, naive join",
      "java.util.HashMap, null",
      "org.apache.commons.csv.Lexer, null",
  })
  void stageOfClass_packageDecides(String className, String stage) {
    assertThat(StageProfile.stageOfClass(className)).isEqualTo(stage);
  }
}
