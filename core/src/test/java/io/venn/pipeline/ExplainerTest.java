package io.venn.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.decide.Decision;
import io.venn.read.Account;
import io.venn.read.CsvAccountReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finished match explains its pairs from two records, as {@link Pipeline#explain} does from both
 * whole lists: same score, same reasons, for matched pairs and for pairs it did not match.
 */
class ExplainerTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final List<Account> LEFT = read("our-accounts.csv");
  private static final List<Account> RIGHT = read("partner-accounts.csv");

  private static List<Account> read(String file) {
    List<Account> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(EXAMPLES.resolve(file))) {
      CsvAccountReader.standard().read(in, file, out::add);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** Every matched pair, and as many unmatched ones (each left record against the next one's match). */
  private static List<int[]> pairs(MatchResult result) {
    List<int[]> pairs = new ArrayList<>();
    List<Match> matches = result.matches();
    for (int k = 0; k < matches.size(); k++) {
      pairs.add(new int[] {matches.get(k).left(), matches.get(k).right()});
      pairs.add(new int[] {matches.get(k).left(), matches.get((k + 1) % matches.size()).right()});
    }
    return pairs;
  }

  @Test
  void matchResultExplainer_decidesAsExplainingFromTheWholeLists() {
    MatchResult result = Pipeline.match(LEFT, RIGHT, MatchConfig.defaults());
    Explainer explainer = result.explainer().orElseThrow();
    List<int[]> pairs = pairs(result);

    List<Decision> fromLists = Pipeline.explain(LEFT, RIGHT, pairs, MatchConfig.defaults());

    assertThat(result.matches()).hasSizeGreaterThan(50);
    for (int i = 0; i < pairs.size(); i++) {
      Decision d = explainer.explain(LEFT.get(pairs.get(i)[0]), RIGHT.get(pairs.get(i)[1]));
      assertThat(d).as("pair %s", i).isEqualTo(fromLists.get(i));
    }
    // The matched pairs' reasons are the ones the match itself gave.
    Match first = result.matches().get(0);
    assertThat(explainer.explain(LEFT.get(first.left()), RIGHT.get(first.right())).reasons()).isEqualTo(first.reasons());
    assertThat(explainer.bytes()).isPositive();
  }

  @Test
  void explainerOfTheLists_decidesAsTheMatchResultsOwn() {
    MatchResult result = Pipeline.match(LEFT, RIGHT, MatchConfig.defaults());
    Explainer own = result.explainer().orElseThrow();

    Explainer rebuilt = Pipeline.explainer(AccountSource.of(LEFT), AccountSource.of(RIGHT), MatchConfig.defaults());

    for (int[] p : pairs(result)) {
      Account l = LEFT.get(p[0]);
      Account r = RIGHT.get(p[1]);
      assertThat(rebuilt.explain(l, r)).isEqualTo(own.explain(l, r));
    }
  }

  @Test
  void encodedLists_haveNoExplainer() {
    var encoder = io.venn.encode.AccountEncoder.withKey(Pipeline.BROKER_KEY);
    MatchResult result = Pipeline.matchEncoded(
        Pipeline.encodeAll(LEFT, encoder, 1), Pipeline.encodeAll(RIGHT, encoder, 1), io.venn.encode.TokenPriors.NONE, MatchConfig.defaults());

    assertThat(result.explainer()).isEmpty();
  }
}
