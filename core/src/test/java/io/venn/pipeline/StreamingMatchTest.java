package io.venn.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;
import io.venn.read.Account;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Lists read once from a source (the service's database cursor) match exactly as the same lists in
 * memory: same pairs, scores, reasons, entities and matrix, feedback included.
 */
class StreamingMatchTest {
  private static final List<Account> LEFT = ExampleLists.ours();
  private static final List<Account> RIGHT = ExampleLists.partners();

  /** A source that can only be read once, like a database cursor. */
  private static AccountSource once(List<Account> accounts) {
    return new AccountSource() {
      private boolean read;

      @Override
      public int size() {
        return accounts.size();
      }

      @Override
      public void forEach(Consumer<Account> sink) {
        assertThat(read).as("read twice").isFalse();
        read = true;
        accounts.forEach(sink);
      }
    };
  }

  private static void assertSame(MatchResult streamed, MatchResult inMemory) {
    assertThat(streamed.matches()).isNotEmpty().isEqualTo(inMemory.matches());
    assertThat(streamed.entities()).isEqualTo(inMemory.entities());
    assertThat(streamed.entityScores()).containsExactly(inMemory.entityScores());
    assertThat(streamed.matrix()).isEqualTo(inMemory.matrix());
    assertThat(streamed.blocking()).isEqualTo(inMemory.blocking());
  }

  @Test
  void match_fromSources_sameResultAsFromLists() {
    MatchConfig config = MatchConfig.defaults();
    assertSame(Pipeline.match(once(LEFT), once(RIGHT), config), Pipeline.match(LEFT, RIGHT, config));
  }

  @Test
  void match_fromSourcesWithFeedback_resolvesIdsWhileReading() {
    Match first = Pipeline.match(LEFT, RIGHT, MatchConfig.defaults()).matches().get(0);
    Feedback feedback = Feedback.builder()
        .notAMatch(LEFT.get(first.left()).id(), RIGHT.get(first.right()).id())
        .match(LEFT.get(0).id(), RIGHT.get(RIGHT.size() - 1).id())
        .build();
    MatchConfig config = MatchConfig.builder().feedback(feedback).build();
    MatchResult streamed = Pipeline.match(once(LEFT), once(RIGHT), config);
    assertSame(streamed, Pipeline.match(LEFT, RIGHT, config));
    assertThat(streamed.matches()).noneMatch(m -> m.left() == first.left() && m.right() == first.right())
        .anyMatch(m -> m.left() == 0 && m.right() == RIGHT.size() - 1 && m.score() == 1.0);
  }

  @Test
  void match_withoutReasons_samePairsAndScoresWithEmptyReasons() {
    MatchResult with = Pipeline.match(LEFT, RIGHT, MatchConfig.defaults());
    MatchResult without = Pipeline.match(once(LEFT), once(RIGHT), MatchConfig.builder().reasons(false).build());
    assertThat(without.matches()).allSatisfy(m -> assertThat(m.reasons()).isEmpty());
    assertThat(without.matches()).extracting(Match::left, Match::right, Match::score)
        .isEqualTo(with.matches().stream().map(m -> org.assertj.core.groups.Tuple.tuple(m.left(), m.right(), m.score())).toList());
    assertThat(without.matrix()).isEqualTo(with.matrix());
  }

  @Test
  void encode_inSmallBatches_sameEncodingsAsOneBatch() {
    AccountEncoder encoder = Pipeline.brokerEncoder();
    Progress none = new Progress(ProgressListener.NONE);
    FeedbackRules.Ids ids = FeedbackRules.Ids.NONE;
    List<EncodedAccount> whole = StreamEncoder.encode(AccountSource.of(LEFT), encoder, 2, none, 0, 0, true, ids, LEFT.size());
    for (int batch : new int[] {1, 7, 128}) {
      assertThat(StreamEncoder.encode(once(LEFT), encoder, 2, none, 0, 0, true, ids, batch))
          .as("batches of %d", batch).usingRecursiveFieldByFieldElementComparator().isEqualTo(whole);
    }
  }

  @Test
  void match_sourceShorterThanItsSize_failsNamingBothCounts() {
    AccountSource shortened = new AccountSource() {
      @Override
      public int size() {
        return LEFT.size();
      }

      @Override
      public void forEach(Consumer<Account> sink) {
        LEFT.subList(0, 10).forEach(sink);
      }
    };
    assertThatThrownBy(() -> Pipeline.match(shortened, AccountSource.of(RIGHT), MatchConfig.defaults()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the list announced " + LEFT.size() + " records but handed over 10; was it changed while it was read?");
  }

  @Test
  void match_sourceLongerThanItsSize_fails() {
    AccountSource longer = new AccountSource() {
      @Override
      public int size() {
        return 10;
      }

      @Override
      public void forEach(Consumer<Account> sink) {
        LEFT.forEach(sink);
      }
    };
    assertThatThrownBy(() -> Pipeline.match(longer, AccountSource.of(RIGHT), MatchConfig.defaults()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("announced 10 records but handed over more");
  }
}
