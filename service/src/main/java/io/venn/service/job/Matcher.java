package io.venn.service.job;

import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.MatchResult;
import io.venn.read.Account;
import java.util.List;

/** The matching engine as the job runner sees it; production is core's {@code Pipeline.match}. */
@FunctionalInterface
public interface Matcher {
  MatchResult match(List<Account> left, List<Account> right, MatchConfig config);
}
