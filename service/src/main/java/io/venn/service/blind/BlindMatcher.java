package io.venn.service.blind;

import io.venn.encode.EncodedAccount;
import io.venn.encode.TokenPriors;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.MatchResult;
import io.venn.pipeline.Pipeline;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The matching engine as the blind runner sees it; production is core's {@code Pipeline.matchEncoded}. */
@FunctionalInterface
public interface BlindMatcher {
  MatchResult match(List<EncodedAccount> left, List<EncodedAccount> right);

  @Configuration
  class Production {
    /**
     * Blind lists ship no word table (nothing that would test a guessed secret): each name token
     * carries its word's frequency class. Lists encoded under different secrets simply do not match.
     */
    @Bean
    BlindMatcher blindMatcher() {
      return (left, right) -> Pipeline.matchEncoded(left, right, TokenPriors.blind(), MatchConfig.builder().build());
    }
  }
}
