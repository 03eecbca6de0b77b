package io.venn.service.job;

import io.venn.pipeline.AccountSource;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.MatchResult;

/** The matching engine as the job runner sees it; production is core's {@code Pipeline.match}. */
@FunctionalInterface
public interface Matcher {
  MatchResult match(AccountSource left, AccountSource right, MatchConfig config);
}
