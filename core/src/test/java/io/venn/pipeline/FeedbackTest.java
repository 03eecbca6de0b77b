package io.venn.pipeline;

import static io.venn.pipeline.PipelineTest.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.venn.read.Account;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackTest {
  private static final List<Account> LEFT = List.of(
      account("L1", "Acme Corporation", "acme.com", "US"),
      account("L2", "Globex GmbH", "globex.de", "DE"),
      account("L3", "Initech Ltd", "initech.co.uk", "GB"));
  private static final List<Account> RIGHT = List.of(
      account("R1", "Acme Corp", "acme.com", "US"),
      account("R2", "Hooli Inc", "hooli.xyz", "US"),
      account("R3", "Initech Limited", "initech.co.uk", "GB"));

  private static List<String> pairs(MatchResult result) {
    return result.matches().stream().map(m -> LEFT.get(m.left()).id() + "-" + RIGHT.get(m.right()).id()).sorted().toList();
  }

  private static MatchResult match(Feedback feedback) {
    return Pipeline.match(LEFT, RIGHT, MatchConfig.builder().feedback(feedback).build());
  }

  @Test
  void match_withoutFeedbackFindsTheEvidentPairs() {
    assertThat(pairs(match(Feedback.NONE))).containsExactly("L1-R1", "L3-R3");
  }

  @Test
  void notAMatch_removesThePairAndLeavesTheRest() {
    MatchResult result = match(Feedback.NONE.notAMatch("L1", "R1"));
    assertThat(pairs(result)).containsExactly("L3-R3");
    assertThat(result.matrix().cells()).anySatisfy(c -> assertThat(c.overlaps()).isEqualTo(1));
  }

  @Test
  void match_forcesAPairTheEvidenceRejectsAndSaysWhy() {
    MatchResult result = match(Feedback.NONE.match("L2", "R2"));
    assertThat(pairs(result)).containsExactly("L1-R1", "L2-R2", "L3-R3");
    Match forced = result.matches().stream().filter(m -> m.left() == 1).findFirst().orElseThrow();
    assertThat(forced.score()).isEqualTo(1.0);
    assertThat(forced.reasons().get(0).field()).isEqualTo("feedback");
  }

  @Test
  void match_forcedPairTakesTheRecordsOutOfOneToOneCompetition() {
    // A person says L1 is R3: L1-R1 and L3-R3 can no longer both be kept one-to-one.
    assertThat(pairs(match(Feedback.NONE.match("L1", "R3")))).containsExactly("L1-R3");
  }

  @Test
  void builder_givesWhatChainingGives() {
    Feedback chained = Feedback.NONE.match("L1", "R1").notAMatch("L2", "R2").notAMatch("L1", "R1").match("L3", "R3");
    Feedback built = Feedback.builder().match("L1", "R1").notAMatch("L2", "R2").notAMatch("L1", "R1").match("L3", "R3").build();
    assertThat(built).isEqualTo(chained);
    assertThat(List.copyOf(built.verdicts().keySet())).isEqualTo(List.copyOf(chained.verdicts().keySet()));
    assertThat(Feedback.builder().build()).isSameAs(Feedback.NONE);
  }

  @Test
  void notAMatch_winsOverMatchWhicheverCameFirst() {
    assertThat(Feedback.NONE.match("L1", "R1").notAMatch("L1", "R1").verdict("L1", "R1")).contains(Feedback.Verdict.NOT_A_MATCH);
    assertThat(Feedback.NONE.notAMatch("L1", "R1").match("L1", "R1").verdict("L1", "R1")).contains(Feedback.Verdict.NOT_A_MATCH);
  }

  @Test
  void feedback_isImmutableAndIgnoresUnknownIds() {
    Feedback one = Feedback.NONE.notAMatch("L9", "R9");
    assertThat(Feedback.NONE.isEmpty()).isTrue();
    assertThat(one.verdicts()).hasSize(1);
    assertThat(pairs(match(one))).containsExactly("L1-R1", "L3-R3");
  }
}
