package io.venn.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.cluster.ClusterMode;
import io.venn.decide.FieldScore;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The matching rules a user relies on, end to end from raw CRM values. Each pair is matched inside a
 * small background of unrelated companies, as it would be inside a real list.
 */
class PipelineTest {
  private static final String[][] BACKGROUND = {
    {"Northwind Traders", "northwind.com", "US"}, {"Contoso Ltd", "contoso.com", "GB"},
    {"Fabrikam Inc", "fabrikam.com", "US"}, {"Globex Corporation", "globex.com", "US"},
    {"Initech", "initech.com", "US"}, {"Umbrella Corp", "umbrella.com", "DE"},
    {"Stark Industries", "stark.com", "US"}, {"Wayne Enterprises", "wayne.com", "US"},
  };

  static Account account(String id, String name, String domain, String country) {
    return account(id, name, domain, country, null, null);
  }

  static Account account(String id, String name, String domain, String country, String city, String registration) {
    return new Account(id, name, domain, country, city, null, null, registration, "Customers", Map.of(), 2);
  }

  private static MatchResult matchWithBackground(Account left, Account right) {
    List<Account> l = new ArrayList<>(List.of(left));
    List<Account> r = new ArrayList<>(List.of(right));
    for (int i = 0; i < BACKGROUND.length; i++) {
      String[] b = BACKGROUND[i];
      (i % 2 == 0 ? l : r).add(account("bg" + i, b[0], b[1], b[2]));
    }
    return Pipeline.match(l, r, MatchConfig.defaults());
  }

  private static boolean matched(MatchResult result) {
    return result.matches().stream().anyMatch(m -> m.left() == 0 && m.right() == 0);
  }

  @ParameterizedTest(name = "{0} | {1} ~ {3} | {4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      ACME, Inc.               | https://www.acme.com/about     | US          | Acme Incorporated      | acme.com          | United States
      PT Bank Central Asia Tbk | -                              | Indonesia   | Bank Central Asia      | -                 | ID
      Tesco Express            | -                              | UK          | Tesco                  | -                 | GB
      Siemens AG               | siemens.de                     | Germany     | Siemens                | www.siemens.co.uk | DE
      Acme Ltd                 | https://shop.acme.co.uk/x      | GB          | ACME Limited           | info@acme.co.uk   | United Kingdom
      Johnson & Johnson        | jnj.com                        | USA         | Johnson and Johnson    | -                 | US
      The Boeing Company       | boeing.com                     | US          | Boeing Co              | boeing.com        | -
      Газпром                  | -                              | Russia      | Gazprom PJSC           | -                 | RU
      Intl Business Machines   | ibm.com                        | US          | International Business Machines Corp | ibm.com | US
      Société Générale S.A.    | societegenerale.com            | France      | Societe Generale       | -                 | FR
      """)
  void match_sameCompanyWrittenDifferently_matches(String ln, String ld, String lc, String rn, String rd, String rc) {
    MatchResult result = matchWithBackground(account("L", ln, ld, lc), account("R", rn, rd, rc));
    assertThat(matched(result)).as(explain(ln, ld, lc, rn, rd, rc)).isTrue();
  }

  @ParameterizedTest(name = "{0} | {1} ≠ {3} | {4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Delta                    | delta.com                      | US          | Delta                  | deltafaucet.com   | US
      Acme Consulting          | -                              | US          | Acme Consulting        | -                 | GB
      Siam Pan Group PCL       | siampangroup.com               | Thailand    | Siam Wellness Group PCL| siamwellnessgroup.com | Thailand
      Global Solutions Group   | -                              | US          | Global Services Group  | -                 | US
      First National Bank      | -                              | US          | First National Trust   | -                 | US
      Northern Data AG         | northerndata.de                | Germany     | Northern Trust Corp    | northerntrust.com | US
      """)
  void match_differentCompaniesWithSimilarNames_noMatch(String ln, String ld, String lc, String rn, String rd, String rc) {
    MatchResult result = matchWithBackground(account("L", ln, ld, lc), account("R", rn, rd, rc));
    assertThat(matched(result)).as(explain(ln, ld, lc, rn, rd, rc)).isFalse();
  }

  private static String explain(String ln, String ld, String lc, String rn, String rd, String rc) {
    var d = Pipeline.explain(List.of(account("L", ln, ld, lc)), List.of(account("R", rn, rd, rc)),
        List.<int[]>of(new int[] {0, 0}), MatchConfig.defaults()).get(0);
    return String.format("score %.3f %s", d.score(), d.reasons());
  }

  @Test
  void match_equalRegistrationIds_forceMatchDespiteDifferentNames() {
    MatchResult result = matchWithBackground(
        account("L", "Alphabet Inc", "abc.xyz", "US", null, "DUNS 00-912-3456"),
        account("R", "Google LLC", "google.com", "US", null, "009123456"));
    assertThat(matched(result)).isTrue();
    assertThat(result.matches().get(0).score()).isEqualTo(1.0);
    assertThat(result.matches().get(0).reasons()).anySatisfy(r -> {
      assertThat(r.field()).isEqualTo("registration");
      assertThat(r.label()).isEqualTo("same DUNS or LEI");
    });
  }

  @Test
  void match_differentRegistrationIds_blockIdenticalNames() {
    MatchResult result = matchWithBackground(
        account("L", "Acme Holdings", "acme.com", "US", null, "009123456"),
        account("R", "Acme Holdings", "acme.com", "US", null, "123456789"));
    assertThat(matched(result)).isFalse();
  }

  @Test
  void match_dunsAgainstLei_notCountedAsDifferentIds() {
    MatchResult result = matchWithBackground(
        account("L", "Vandelay Industries", "vandelay.com", "US", null, "DUNS 00-912-3456"),
        account("R", "Vandelay Industries Inc", "vandelay.com", "US", null, "5493001KJTIIGC8Y1R12"));
    assertThat(matched(result)).isTrue();
  }

  @Test
  void match_sameNationalNumberInTwoCountries_neverForcesAMatch() {
    MatchResult result = matchWithBackground(
        account("L", "Hooli Holdings", "hooli.co.uk", "GB", null, "12345678"),
        account("R", "Pied Piper BV", "piedpiper.nl", "NL", null, "12345678"));
    assertThat(matched(result)).isFalse();
  }

  @Test
  void match_missingFieldsAreNeutral_notDisagreement() {
    Account full = account("L", "Vandelay Industries", "vandelay.com", "US", "New York", null);
    Account sparse = account("R", "Vandelay Industries Inc", "vandelay.com", null, null, null);
    assertThat(matched(matchWithBackground(full, sparse))).isTrue();
  }

  @Test
  void match_oneToOne_fuzzyNameCannotFanOut() {
    List<Account> left = List.of(account("L", "Acme Corp", "acme.com", "US"));
    List<Account> right = List.of(account("R1", "Acme Corporation", "acme.com", "US"), account("R2", "ACME Corp.", "acme.com", "US"));
    MatchResult oneToOne = Pipeline.match(left, right, MatchConfig.defaults());
    assertThat(oneToOne.matches()).hasSize(1);
    assertThat(oneToOne.matrix().overlaps("Customers", "Customers")).isEqualTo(1);

    MatchResult connected = Pipeline.match(left, right, MatchConfig.builder().clusterMode(ClusterMode.CONNECTED).build());
    assertThat(connected.matches()).hasSize(2);
    assertThat(connected.entities()).hasSize(1);
    assertThat(connected.matrix().overlaps("Customers", "Customers")).isEqualTo(1);
  }

  @Test
  void match_everyMatchExplainsItself() {
    MatchResult result = matchWithBackground(account("L", "ACME, Inc.", "acme.com", "US"), account("R", "Acme Incorporated", "acme.com", "US"));
    assertThat(result.matches()).isNotEmpty();
    List<FieldScore> reasons = result.matches().get(0).reasons();
    assertThat(reasons).extracting(FieldScore::field).contains("name", "domain", "country");
    assertThat(reasons.stream().filter(r -> r.field().equals("domain")).findFirst().orElseThrow().label()).isEqualTo("same website");
  }

  @Test
  void match_reportsBlockingCost() {
    MatchResult result = matchWithBackground(account("L", "ACME, Inc.", "acme.com", "US"), account("R", "Acme Incorporated", "acme.com", "US"));
    // Every left record met at least the right records sharing its domain or name words.
    assertThat(result.blocking().candidatePairs()).isPositive();
    assertThat(result.blocking().largestBlocks()).isNotEmpty().allMatch(b -> b.size() > 0 && !b.kind().isEmpty());
  }

  @Test
  void match_progressIsReportedAndNeverDecreases() {
    List<Double> seen = new ArrayList<>();
    List<Account> left = new ArrayList<>();
    List<Account> right = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      left.add(account("L" + i, "Company" + i + " Holdings", "c" + i + ".com", "US"));
      right.add(account("R" + i, "Company" + i + " Holding", "c" + i + ".com", "US"));
    }
    Pipeline.match(left, right, MatchConfig.builder().progress((f, stage) -> seen.add(f)).build());
    assertThat(seen).isSorted().isNotEmpty();
    assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
  }
}
