package io.venn.decide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The shipped model, read by the start-up's own small JSON reader, is what Jackson's mapper reads. */
class MatchModelTest {
  @Test
  void standard_readsTheShippedProbabilitiesAsJacksonDoes() throws Exception {
    MatchModel viaMapper;
    try (InputStream in = MatchModel.class.getResourceAsStream(MatchModel.RESOURCE)) {
      viaMapper = StandardModel.declared().withProbabilities(new ObjectMapper().readTree(in));
    }

    assertThat(MatchModel.standard().toJson("shipped")).isEqualTo(viaMapper.toJson("shipped"));
    // Exactly, not only as toJson rounds them: every level's m and u, and the prior.
    assertThat(MatchModel.standard().prior()).isEqualTo(viaMapper.prior());
    assertThat(MatchModel.standard().comparisons()).extracting(Comparison::levels)
        .isEqualTo(viaMapper.comparisons().stream().map(Comparison::levels).toList());
    assertThat(MatchModel.standard().prior()).isNegative();
    assertThat(MatchModel.standard().toJson("shipped").path("comparisons").size()).isEqualTo(7);
  }
}
