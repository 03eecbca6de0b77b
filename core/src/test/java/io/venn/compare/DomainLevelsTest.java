package io.venn.compare;

import static io.venn.TestAccounts.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.venn.TestAccounts;
import io.venn.block.TokenStatistics;
import io.venn.encode.EncodedAccount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the website levels and their term-frequency adjustment. */
class DomainLevelsTest {
  private final DomainLevels levels = new DomainLevels();

  private static List<EncodedAccount> copies(String name, String site, int n) {
    List<EncodedAccount> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(encode(name + " " + i, site, "US"));
    }
    return out;
  }

  private Observation observe(int onLeft, int onRight) {
    List<EncodedAccount> left = copies("Acme", "acme.com", onLeft);
    List<EncodedAccount> right = copies("Acme Corp", "https://www.acme.com", onRight);
    left.add(encode("Northwind", "northwind.com", "US"));
    TokenStatistics stats = TestAccounts.statistics(left, right);
    return levels.observe(left.get(0), new float[0], right.get(0), new float[0], stats);
  }

  @Test
  void sameSite_heldOnceInEachList_isTheAccountKeyWithNoAdjustment() {
    Observation o = observe(1, 1);
    assertThat(o.level()).isEqualTo(DomainLevels.ACCOUNT_KEY);
    assertThat(o.rarity()).isZero();
  }

  @Test
  void sameSite_aDuplicateAccount_isStillTheKeyButCountsLnOfTheRecordPairsLess() {
    assertThat(observe(2, 1).level()).isEqualTo(DomainLevels.ACCOUNT_KEY);
    assertThat(observe(2, 1).rarity()).isCloseTo(-Math.log(2), within(1e-12));
    assertThat(observe(2, 2).rarity()).isCloseTo(-Math.log(4), within(1e-12));
  }

  @Test
  void sameSite_heldByThreeRecordsOfAList_isSharedAndCountsLessTheMorePairsShareIt() {
    Observation threeByOne = observe(3, 1);
    assertThat(threeByOne.level()).isEqualTo(DomainLevels.SHARED);
    assertThat(threeByOne.rarity()).isCloseTo(-Math.log(3.0 / DomainLevels.KEY_MAX_RECORDS), within(1e-12));
    assertThat(observe(3, 2).rarity()).isCloseTo(-Math.log(6.0 / DomainLevels.KEY_MAX_RECORDS), within(1e-12));
  }

  @Test
  void differentSites_areDifferent() {
    List<EncodedAccount> left = List.of(encode("Acme", "acme.com", "US"));
    List<EncodedAccount> right = List.of(encode("Acme", "northwind.com", "US"));
    TokenStatistics stats = TestAccounts.statistics(left, right);
    assertThat(levels.observe(left.get(0), new float[0], right.get(0), new float[0], stats).level()).isEqualTo(DomainLevels.DIFFERENT);
  }

  @Test
  void sameSite_heldByManyRecords_weighsNothingButNeverAgainst() {
    // 60 x 60 records of one group's site: ln(3600 / 2) takes away more than the level's evidence.
    List<EncodedAccount> left = copies("Acme", "acme.com", 60);
    List<EncodedAccount> right = copies("Acme Corp", "https://www.acme.com", 60);
    TokenStatistics stats = TestAccounts.statistics(left, right);
    io.venn.decide.PairScorer scorer = new io.venn.decide.PairScorer(io.venn.decide.MatchModel.standard(), stats, 0.9);
    io.venn.decide.Decision d = scorer.decide(left.get(0), stats.weights(left.get(0)), right.get(0), stats.weights(right.get(0)));
    io.venn.decide.FieldScore domain =
        d.reasons().stream().filter(r -> r.field().equals("domain")).findFirst().orElseThrow();
    assertThat(domain.weight()).as(d.toString()).isZero();
  }
}
