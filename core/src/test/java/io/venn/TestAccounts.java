package io.venn;

import io.venn.block.TokenStatistics;
import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;
import io.venn.encode.EncodingKey;
import io.venn.encode.TokenPriors;
import io.venn.normalize.AccountNormalizer;
import io.venn.read.Account;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Encoded accounts from raw CRM values, for tests of the matching stages. */
public final class TestAccounts {
  public static final AccountEncoder ENCODER =
      AccountEncoder.withKey(EncodingKey.fromSecret("a test secret of 32 bytes or so.".getBytes(StandardCharsets.US_ASCII)));

  private TestAccounts() {}

  public static Account account(String id, String name, String domain, String country, String city) {
    return new Account(id, name, domain, country, city, null, null, null, "All", Map.of(), 2);
  }

  public static EncodedAccount encode(Account a) {
    return ENCODER.encode(AccountNormalizer.standard().normalize(a), a.id(), null);
  }

  public static EncodedAccount encode(String name, String domain, String country) {
    return encode(account("x", name, domain, country, null));
  }

  public static TokenStatistics statistics(List<EncodedAccount> left, List<EncodedAccount> right) {
    return TokenStatistics.of(left, right, TokenPriors.NONE);
  }

  /** Word rarity as a match weighs it: in these lists and among the 53,000 background company names. */
  public static TokenStatistics statisticsWithBackground(List<EncodedAccount> left, List<EncodedAccount> right) {
    return TokenStatistics.of(left, right, ENCODER.priors());
  }
}
