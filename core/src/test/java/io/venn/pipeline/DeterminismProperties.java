package io.venn.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.cluster.ClusterMode;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The same two lists and settings give the same matches, scores and matrix in every run, whatever
 * the thread count: a job re-run after a crash reproduces the first result.
 */
class DeterminismProperties {
  private static final String[] WORDS = {
    "acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "bank", "group", "trading",
    "national", "first", "pacific", "gramin", "tech", "solutions", "holdings", "energy", "media", "foods"
  };
  private static final String[] FORMS = {"", " Inc", " Ltd", " GmbH", " SA", " Corporation"};
  private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "IN", null};

  @Provide
  Arbitrary<List<Account>> lists() {
    Arbitrary<String> name = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3)
        .map(w -> String.join(" ", w))
        .flatMap(n -> Arbitraries.of(FORMS).map(f -> n + f));
    Arbitrary<String> domain = Arbitraries.of(WORDS).map(w -> w + ".com").injectNull(0.3);
    Arbitrary<String> country = Arbitraries.of(COUNTRIES);
    Arbitrary<String> population = Arbitraries.of("Customers", "Prospects");
    return Combinators.combine(name, domain, country, population)
        .as((n, d, c, p) -> new String[] {n, d, c, p})
        .list().ofMinSize(1).ofMaxSize(60)
        .map(rows -> {
          List<Account> accounts = new ArrayList<>();
          for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            accounts.add(new Account("id" + i, r[0], r[1], r[2], null, null, null, null, r[3], Map.of(), i + 2));
          }
          return accounts;
        });
  }

  @Property(tries = 60)
  void match_sameResultWithAnyThreadCount(
      @ForAll("lists") List<Account> left, @ForAll("lists") List<Account> right, @ForAll ClusterMode mode) {
    MatchResult one = Pipeline.match(left, right, MatchConfig.builder().clusterMode(mode).threads(1).build());
    MatchResult many = Pipeline.match(left, right, MatchConfig.builder().clusterMode(mode).threads(4).build());

    assertThat(many.matches()).isEqualTo(one.matches());
    assertThat(many.matrix().cells()).isEqualTo(one.matrix().cells());
    assertThat(many.entityScores()).isEqualTo(one.entityScores());
  }
}
