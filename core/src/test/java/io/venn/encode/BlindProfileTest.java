package io.venn.encode;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.TestAccounts;
import io.venn.normalize.AccountNormalizer;
import io.venn.read.Account;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlindProfileTest {
  private static final EncodingKey KEY = EncodingKey.fromSecret("blind-profile-test-secret".getBytes(StandardCharsets.UTF_8));
  private static final AccountEncoder ENCODER = AccountEncoder.withKey(KEY);
  private static final BlindProfile PROFILE = BlindProfile.of(KEY);
  private static final AccountNormalizer NORMALIZER = AccountNormalizer.standard();

  private static EncodedAccount blind(String name, String country) {
    return blind(name, null, country);
  }

  private static EncodedAccount blind(String name, String website, String country) {
    Account a = new Account("id", name, website, country, null, null, null, null, "Customers", null, 1);
    return PROFILE.apply(ENCODER.encode(NORMALIZER.normalize(a), "ref", null));
  }

  private static EncodedAccount blind(String name, String website, String country, String city) {
    Account a = new Account("id", name, website, country, city, null, null, null, "Customers", null, 1);
    return PROFILE.apply(ENCODER.encode(NORMALIZER.normalize(a), "ref", null));
  }

  @Test
  void apply_dropsTheSiteNames() {
    assertThat(ENCODER.encode(NORMALIZER.normalize(new Account("id", "Nongfu Spring", null, "CN", null, null, null, null, "C", null, 1)), "ref", null)
        .siteNames()).isNotEmpty();
    assertThat(blind("Nongfu Spring", "CN").siteNames()).isEmpty();
  }

  @Test
  void apply_groupsSiteBesideTheBrands_meetsItOnlyUnderTheSameName() {
    EncodedAccount group = blind("Legrand SA", "www.legrandgroup.com", "FR");
    EncodedAccount brand = blind("LEGRAND", "https://www.legrand.fr/", "FR");
    io.venn.block.TokenStatistics stats = TestAccounts.statistics(java.util.List.of(group), java.util.List.of(brand));
    io.venn.compare.DomainLevels levels = new io.venn.compare.DomainLevels();
    assertThat(levels.observe(group, new float[0], brand, new float[0], stats).level()).isEqualTo(io.venn.compare.DomainLevels.SAME_LABEL);
    assertThat(group.country()).isEqualTo(brand.country());

    EncodedAccount sister = blind("PT Multipolar Technology Tbk", "multipolar.com", "ID");
    EncodedAccount groupSite = blind("PT Multipolar Tbk", "multipolargroup.com", "ID");
    stats = TestAccounts.statistics(java.util.List.of(groupSite), java.util.List.of(sister));
    assertThat(levels.observe(groupSite, new float[0], sister, new float[0], stats).level()).isEqualTo(io.venn.compare.DomainLevels.DIFFERENT);
  }

  @Test
  void apply_nativeAndEnglishNameAtOneLabel_meetTheLabelKeyButNotTheCity() {
    // The script bit and the domain label stay, so the cross-script label is still the account
    // key; the city is keyed with each name's first letters, which differ across scripts, so
    // with the country alone the pair is for review, not a match (README, "domain").
    EncodedAccount jal = blind("日本航空株式会社", "www.jal.co.jp", "JP", "Tokyo");
    EncodedAccount english = blind("Japan Airlines Co., Ltd.", "https://www.jal.com/en/", "JP", "Tokyo");
    io.venn.block.TokenStatistics stats = TestAccounts.statisticsWithBackground(java.util.List.of(jal), java.util.List.of(english));
    io.venn.decide.Decision d = new io.venn.decide.PairScorer(io.venn.decide.MatchModel.standard(), stats, 0.9)
        .decide(jal, stats.weights(jal), english, stats.weights(english));

    assertThat(d.reasons()).anySatisfy(r -> assertThat(r.label()).isEqualTo("same name, other suffix, two scripts"));
    assertThat(d.outcome()).as(d.toString()).isEqualTo(io.venn.decide.Outcome.REVIEW);
  }

  private static Set<Long> tokens(EncodedAccount a) {
    Set<Long> s = new HashSet<>();
    Arrays.stream(a.nameTokens()).forEach(s::add);
    return s;
  }

  @ParameterizedTest
  @CsvSource({"Acme Bank, Zylon Bank", "Acme Holdings Group, Zylon Holdings Group", "Acme Capital Partners, Zylon Capital"})
  void apply_commonWordsOfTwoCompanies_shareNoToken(String a, String b) {
    assertThat(tokens(blind(a, "US"))).doesNotContainAnyElementsOf(tokens(blind(b, "US")));
  }

  @ParameterizedTest
  @CsvSource({"Acme Bank, Acme Bank Holdings, 2", "Pfeiffer Vacuum Technology AG, PFEIFFER VACUUM TECH, 2",
      "Zylon Widgets International, ZYLON WIDGETS INTL., 3"})
  void apply_variantsOfOneName_shareTheirWords(String a, String b, int shared) {
    Set<Long> common = tokens(blind(a, "Germany"));
    common.retainAll(tokens(blind(b, "Germany")));
    assertThat(common).hasSize(shared);
  }

  @Test
  void apply_countryKeyedWithWebsiteName_agreesOnlyForOneSiteInOneCountry() {
    assertThat(blind("IBM", "www.ibm.com", "US").country())
        .isEqualTo(blind("International Business Machines", "https://ibm.com/en", "United States").country())
        .isNotEqualTo(blind("IBM", "ibm.com", "France").country())
        .isNotEqualTo(blind("Acme", "acme.com", "US").country());
    assertThat(blind("Acme Consulting", "France").country()).as("no website, no country token").isZero();
    assertThat(blind("Legrand SA", "www.legrandgroup.com", "FR").country()).as("a group's site and its brand's")
        .isEqualTo(blind("LEGRAND", "legrand.fr", "FR").country());
  }

  /** The profile memoizes per word: a profile that has seen the same words under other anchors gives what a fresh one does. */
  @Test
  void apply_memoizedWords_sameAsAFreshProfile() {
    String[] names = {"Zylonix Tools Bank", "China Zylonix Tools", "China Merchants Bank", "Acme Zylonix Tools Bank", "Zylonix Tools"};
    BlindProfile warm = BlindProfile.of(KEY);
    for (String n : names) {
      warm.apply(encoded(n));
    }
    for (String n : names) {
      EncodedAccount fresh = BlindProfile.of(KEY).apply(encoded(n));
      assertThat(warm.apply(encoded(n))).as(n).usingRecursiveComparison().isEqualTo(fresh);
    }
  }

  private static EncodedAccount encoded(String name) {
    return ENCODER.encode(NORMALIZER.normalize(new Account("id", name, null, "FR", "Lyon", null, null, null, "All", null, 1)), "ref", null);
  }

  @Test
  void apply_blindRecord_carriesNoSoundCodes() {
    EncodedAccount a = blind("Acme Bank", "United States");
    assertThat(a.phoneticTokens()).containsOnly(0L);
  }

  @Test
  void apply_blindRecord_carriesNoJoinedWords() {
    // the broker encoding has them (a raw word token, readable by frequency); the blind one must not
    assertThat(TestAccounts.encode("Exxon Mobil", null, "US").joined()).isNotZero();
    assertThat(blind("Exxon Mobil", "United States").joined()).isZero();
  }

  @Test
  void population_keyedToken_perSide() {
    assertThat(PROFILE.population("a", "Customers")).doesNotContain("Customers").matches("p-[0-9a-f]{24}")
        .isEqualTo(PROFILE.population("a", "Customers"))
        .isNotEqualTo(PROFILE.population("a", "Prospects"))
        .as("equal labels of the two sides do not show as equal tokens").isNotEqualTo(PROFILE.population("b", "Customers"));
  }

  @Test
  void apply_nameFilter_samePermutationInOneCountryOtherAcross() {
    EncodedAccount fr = blind("Acme Consulting", "France");
    assertThat(NameFilter.dice(fr.nameFilter(), blind("Acme Consultin", "France").nameFilter())).isGreaterThan(0.85);
    assertThat(NameFilter.dice(fr.nameFilter(), blind("Acme Consulting", "Spain").nameFilter())).isLessThan(0.5);
  }

  @Test
  void population_otherSecret_otherLabel() {
    BlindProfile other = BlindProfile.of(EncodingKey.fromSecret("another-secret-of-16-bytes".getBytes(StandardCharsets.UTF_8)));
    assertThat(other.population("a", "Customers")).isNotEqualTo(PROFILE.population("a", "Customers"));
  }

  @Test
  void blindPriors_commonWordWeighsLessThanRareOne() {
    EncodedAccount a = blind("Zylonix Bank", "US");
    TokenPriors priors = TokenPriors.blind();
    assertThat(priors.count(a.nameTokens()[0])).isZero();
    assertThat(priors.count(a.nameTokens()[1])).isGreaterThan(100);
  }

  @ParameterizedTest
  @CsvSource({"5, 1", "14, 1", "15, 2", "400, 4", "10142, 7"})
  void frequencyClass_backgroundCounts(int count, int expected) {
    assertThat(BlindProfile.frequencyClass(count)).isEqualTo(expected);
  }
}
