package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.read.Account;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountNormalizerTest {
  private final AccountNormalizer normalizer = AccountNormalizer.standard();

  @Test
  void normalize_everyField() {
    Account raw = new Account("a-1", "PT Bank Central Asia Tbk", "https://www.bca.co.id/en", "Indonesia",
        "Jakarta Pusat", "DKI Jakarta", "(021) 2358 8000", "D-U-N-S 65-901-2345", "Customers", Map.of(), 2);

    CanonicalAccount c = normalizer.normalize(raw);

    assertThat(c.id()).isEqualTo("a-1");
    assertThat(c.population()).isEqualTo("Customers");
    assertThat(c.name()).isEqualTo(new CompanyName(List.of("bank", "central", "asia"), List.of("pt", "tbk")));
    assertThat(c.domain()).isEqualTo("bca.co.id");
    assertThat(c.country()).isEqualTo("ID");
    assertThat(c.city()).as("Central Jakarta is Jakarta to a CRM in English").isEqualTo("jakarta");
    assertThat(c.state()).isEqualTo("dki jakarta");
    assertThat(c.phone()).isEqualTo("+622123588000");
    assertThat(c.registration()).isEqualTo("duns:659012345");
  }

  @Test
  void normalize_countryIsTheDefaultPhoneRegion() {
    Account us = account("Acme Inc", "USA", "(650) 253-0000");
    Account gb = account("Acme Ltd", "United Kingdom", "020 7946 0958");

    assertThat(normalizer.normalize(us).phone()).isEqualTo("+16502530000");
    assertThat(normalizer.normalize(gb).phone()).isEqualTo("+442079460958");
  }

  @Test
  void normalize_countryDecidesShortLocalLegalForms() {
    assertThat(normalizer.normalize(account("Bank Central Asia Tbk", "Indonesia", null)).name().key())
        .isEqualTo("bank central asia");
    assertThat(normalizer.normalize(account("Bank Central Asia Tbk", null, null)).name().key())
        .isEqualTo("bank central asia tbk");
  }

  @Test
  void normalize_rejectedFieldsAreReportedAndMissing() {
    Account raw = new Account("a-2", "???", "john@gmail.com", "Narnia", "Springfield", null, "12345",
        "DUNS 1234", null, Map.of(), 7);
    Map<String, Reason> rejected = new LinkedHashMap<>();

    CanonicalAccount c = normalizer.normalize(raw, (field, outcome) -> rejected.put(field, outcome.reason()));

    assertThat(rejected).containsExactly(
        Map.entry("country", Reason.UNKNOWN_COUNTRY),
        Map.entry("name", Reason.NO_NAME_LEFT),
        Map.entry("domain", Reason.FREE_MAIL_DOMAIN),
        Map.entry("phone", Reason.UNPARSEABLE_PHONE),
        Map.entry("registration", Reason.INVALID_DUNS));
    assertThat(c.name().isEmpty()).isTrue();
    assertThat(c.domain()).isNull();
    assertThat(c.country()).isNull();
    assertThat(c.city()).isEqualTo("springfield");
    assertThat(c.phone()).isNull();
    assertThat(c.registration()).isNull();
  }

  @Test
  void normalize_missingFieldsAreNotRejections() {
    Account raw = new Account("a-3", null, null, null, null, null, null, null, null, Map.of(), 3);
    Map<String, Normalized> rejected = new LinkedHashMap<>();

    CanonicalAccount c = normalizer.normalize(raw, rejected::put);

    assertThat(rejected).isEmpty();
    assertThat(c.name()).isEqualTo(CompanyName.EMPTY);
    assertThat(c.population()).isEqualTo(Account.DEFAULT_POPULATION);
  }

  private static Account account(String name, String country, String phone) {
    return new Account("id", name, null, country, null, null, phone, null, null, Map.of(), 1);
  }
}
