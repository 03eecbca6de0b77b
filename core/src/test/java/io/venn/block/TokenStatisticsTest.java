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
}
