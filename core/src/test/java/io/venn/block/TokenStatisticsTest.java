package io.venn.block;

import static io.venn.TestAccounts.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.venn.encode.EncodedAccount;
import io.venn.encode.TokenPriors;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenStatisticsTest {
  private final EncodedAccount acmeBank = encode("Acme Bank", "acme.com", "US");
  private final EncodedAccount zylonBank = encode("Zylon Bank", "zylon.com", "US");
  private final EncodedAccount bankBank = encode("Bank Bank", "group.com", "US");
  private final EncodedAccount groupOne = encode("Northwind", "group.com", "US");

  @Test
  void frequency_countsEachRecordOnceAcrossBothLists() {
    TokenStatistics stats = TokenStatistics.of(List.of(acmeBank, bankBank), List.of(zylonBank), TokenPriors.NONE);
    long bank = acmeBank.nameTokens()[1];
    assertThat(stats.frequency(bank)).isEqualTo(3); // "Bank Bank" counts once
    assertThat(stats.frequency(acmeBank.nameTokens()[0])).isEqualTo(1);
  }

  @Test
  void weight_isSmoothedInverseDocumentFrequency() {
    TokenStatistics stats = TokenStatistics.of(List.of(acmeBank, bankBank), List.of(zylonBank), TokenPriors.NONE);
    // 3 records + 5000 pseudo-records: ln(5003 / 3) for "bank", ln(5003 / 1) for "acme".
    assertThat(stats.weight(acmeBank.nameTokens()[1])).isCloseTo(Math.log(5003.0 / 3), within(1e-9));
    assertThat(stats.weight(acmeBank.nameTokens()[0])).isCloseTo(Math.log(5003.0), within(1e-9));
  }

  @Test
  void weight_commonInTheBackgroundCountsLittleEvenInShortLists() {
    long bank = acmeBank.nameTokens()[1];
    TokenPriors priors = TokenPriors.of(Map.of(bank, 5000), 50_000);
    TokenStatistics stats = TokenStatistics.of(List.of(acmeBank), List.of(zylonBank), priors);
    assertThat(stats.weight(bank)).isCloseTo(Math.log(10), within(1e-9));
  }

  @Test
  void weight_unseenTokenCountsAsSeenOnceAndNeverAboveTheCap() {
    TokenStatistics stats = TokenStatistics.of(List.of(), List.of(), TokenPriors.NONE);
    assertThat(stats.weight(12345L)).isCloseTo(Math.log(5000), within(1e-9)).isLessThanOrEqualTo(TokenStatistics.MAX_WEIGHT);
  }

  @Test
  void domainRecords_isTheLargerCountOfTheTwoLists() {
    TokenStatistics stats = TokenStatistics.of(List.of(bankBank, groupOne, acmeBank), List.of(encode("Group Inc", "group.com", "US")), TokenPriors.NONE);
    assertThat(stats.domainRecords(groupOne.domain())).isEqualTo(2);
    assertThat(stats.domainRecords(acmeBank.domain())).isEqualTo(1);
    assertThat(stats.domainRecords(zylonBank.domain())).isZero();
  }

  @Test
  void domainPairs_isTheProductOfTheTwoListsCounts() {
    TokenStatistics stats = TokenStatistics.of(List.of(bankBank, groupOne, acmeBank),
        List.of(encode("Group Inc", "group.com", "US"), encode("Group Ltd", "group.com", "GB"), encode("Zylon", "zylon.com", "US")), TokenPriors.NONE);
    assertThat(stats.domainPairs(groupOne.domain())).isEqualTo(4);
    assertThat(stats.domainPairs(acmeBank.domain())).isZero();
  }

  @Test
  void of_sameCountsHoweverItsPartsRun() {
    java.util.Random random = new java.util.Random(11);
    String[] words = {"acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "pacific", "gramin", "media"};
    List<EncodedAccount> distinct = new java.util.ArrayList<>();
    for (int i = 0; i < 800; i++) {
      String name = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " w" + random.nextInt(500);
      distinct.add(encode(name, random.nextBoolean() ? "site" + random.nextInt(300) + ".com" : null, "US"));
    }
    // Several batches, counted in any order.
    List<EncodedAccount> left = new java.util.ArrayList<>();
    for (int i = 0; i < 2 * CandidateIndex.BATCH + 5; i++) {
      left.add(distinct.get(random.nextInt(distinct.size())));
    }
    List<EncodedAccount> right = distinct.subList(0, 400);
    TokenStatistics inTurn = TokenStatistics.of(left, right, TokenPriors.NONE);
    TokenStatistics threaded = TokenStatistics.of(left, right, TokenPriors.NONE,
        (parts, task) -> java.util.stream.IntStream.range(0, parts).parallel().forEach(task));

    for (EncodedAccount a : distinct) {
      for (long t : a.nameTokens()) {
        assertThat(threaded.frequency(t)).isEqualTo(inTurn.frequency(t)).isPositive();
      }
      if (a.domain() != 0) {
        assertThat(threaded.domainRecords(a.domain())).isEqualTo(inTurn.domainRecords(a.domain()));
        assertThat(threaded.domainPairs(a.domain())).isEqualTo(inTurn.domainPairs(a.domain()));
      }
    }
  }
}
