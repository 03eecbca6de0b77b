package io.venn.compare;

import static io.venn.TestAccounts.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.venn.TestAccounts;
import io.venn.block.TokenStatistics;
import io.venn.decide.Decision;
import io.venn.decide.Outcome;
import io.venn.encode.AccountEncoder;
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
  void sameLabelUnderAnotherSuffix_isAnAccountKeyOnlyWhenOneNameIsInAnotherScript() {
    // A company's native name and its English one share no word, so its two sites' shared label
    // decides with the city; between two Latin names that share no word, the label does not.
    io.venn.decide.Decision jal = decide(
        encode(TestAccounts.account("L1", "日本航空株式会社", "www.jal.co.jp", "JP", "東京都品川区")),
        encode(TestAccounts.account("R1", "Japan Airlines Co., Ltd.", "https://www.jal.com/en/", "JP", "Tokyo")));
    assertThat(jal.reasons()).anySatisfy(r -> assertThat(r.label()).isEqualTo("same name, other suffix, two scripts"));
    assertThat(jal.outcome()).as(jal.toString()).isEqualTo(io.venn.decide.Outcome.MATCH);

    io.venn.decide.Decision abc = decide(
        encode(TestAccounts.account("L2", "ABC Bakery", "abc.net", "US", "New York")),
        encode(TestAccounts.account("R2", "American Broadcasting Company", "abc.com", "US", "New York")));
    assertThat(abc.reasons()).anySatisfy(r -> assertThat(r.label()).isEqualTo("same name, other suffix"));
    assertThat(abc.outcome()).as(abc.toString()).isEqualTo(io.venn.decide.Outcome.NO_MATCH);
  }

  @Test
  void latinNameSpellingTheNativeRecordsWebsite_isAnAccountKey_onlyAcrossScriptsAndWithinTheBounds() {
    Decision nongfu = decide(
        encode(TestAccounts.account("L1", "农夫山泉股份有限公司", "www.nongfuspring.com", "CN", "杭州市")),
        encode(TestAccounts.account("R1", "Nongfu Spring Co., Ltd.", null, "CN", "Hangzhou")));
    assertThat(nongfu.reasons()).anySatisfy(r -> assertThat(r.label()).isEqualTo("name spells the website, two scripts"));
    assertThat(nongfu.outcome()).as(nongfu.toString()).isEqualTo(io.venn.decide.Outcome.MATCH);

    // By initials: "Electric Networks of Armenia" is ena.am's.
    assertThat(observeAmong(List.of(encode("«Հայաստանի էլեկտրական ցանցեր» ՓԲԸ", "https://www.ena.am/", "AM")),
        List.of(encode("Electric Networks of Armenia CJSC", null, "AM"))).level())
        .isEqualTo(DomainLevels.NAME_SPELLS_SITE_ACROSS_SCRIPTS);

    // By the brand before descriptor words: "Hanmi Pharmaceutical" is hanmi.co.kr's; not when another word follows.
    assertThat(observeAmong(List.of(encode("한미약품 주식회사", "www.hanmi.co.kr", "KR")),
        List.of(encode("Hanmi Pharmaceutical Co., Ltd.", null, "KR"))).level())
        .isEqualTo(DomainLevels.NAME_SPELLS_SITE_ACROSS_SCRIPTS);
    assertThat(observeAmong(List.of(encode("한미약품 주식회사", "www.hanmi.co.kr", "KR")),
        List.of(encode("Hanmi Bukchon Pharmaceutical", null, "KR"))).isMissing()).isTrue();
    // A brand of two words: "Check Point Software Technologies" is checkpoint.com's.
    assertThat(observeAmong(List.of(encode("צ'ק פוינט טכנולוגיות תוכנה בע\"מ", "https://www.checkpoint.com", "IL")),
        List.of(encode("Check Point Software Technologies Ltd.", null, "IL"))).level())
        .isEqualTo(DomainLevels.NAME_SPELLS_SITE_ACROSS_SCRIPTS);

    // Between two Latin names the brand before descriptors is no key (nongfu.com would be "Nongfu
    // Water"'s, NameSpellsSite below); a native name without a site spells no Latin label.
    assertThat(observeAmong(List.of(encode("Nongfu Water", "nongfu.com", "CN")), List.of(encode("Nongfu Spring", null, "CN")))
        .isMissing()).isTrue();
    assertThat(observeAmong(List.of(encode("农夫山泉", null, "CN")), List.of(encode("Nongfu Spring", "nongfuspring.com", "CN")))
        .isMissing()).isTrue();

    // A site held by three records of its list is a group's: no key.
    List<EncodedAccount> left = new ArrayList<>(copies("农夫山泉", "nongfuspring.com", 3));
    assertThat(observeAmong(left, List.of(encode("Nongfu Spring", null, "CN"))).isMissing()).isTrue();
  }

  @Test
  void latinNameWhoseWordsRunTogetherAreTheOtherLatinRecordsWebsite_isEvidence_inOneCountryOnly() {
    // a listing's brand at its site, the registry's name without one, "J D" spelt apart
    Decision wetherspoon = decide(
        encode(TestAccounts.account("L1", "Wetherspoons", "https://www.jdwetherspoon.com", "GB", "Watford")),
        encode(TestAccounts.account("R1", "J D WETHERSPOON PLC", null, "GB", "Watford")));
    assertThat(wetherspoon.reasons()).anySatisfy(r -> assertThat(r.label()).isEqualTo("name spells the website"));
    assertThat(wetherspoon.outcome()).as(wetherspoon.toString()).isEqualTo(Outcome.MATCH);

    // the names still count: a name that shares nothing with the site's record is not rescued by it
    Decision other = decide(
        encode(TestAccounts.account("L2", "Northwind Traders", "https://zylonbrook.com", "GB", "Leeds")),
        encode(TestAccounts.account("R2", "Zylon Brook Ltd", null, "GB", "Leeds")));
    assertThat(other.reasons()).anySatisfy(r -> assertThat(r.label()).isEqualTo("name spells the website"));
    assertThat(other.outcome()).as(other.toString()).isEqualTo(Outcome.NO_MATCH);

    // a namesake abroad (NYSE/SEC's kind: the registry record has no country) and a brand before
    // descriptor words are no evidence between Latin names
    assertThat(observeAmong(List.of(encode("Prudential Financial", "prudential.com", "US")), List.of(encode("PRUDENTIAL PLC", null, "GB")))
        .isMissing()).isTrue();
    assertThat(observeAmong(List.of(encode("Prudential Financial", "prudential.com", "US")), List.of(encode("PRUDENTIAL PLC", null, null)))
        .isMissing()).isTrue();
    // without a country on one side, only the same name: a registry's record among its namesakes
    assertThat(observeAmong(List.of(encode("BlackRock, Inc.", "blackrock.com", "US")), List.of(encode("BLACKROCK INC", null, null)))
        .level()).isEqualTo(DomainLevels.NAME_SPELLS_SITE);
    assertThat(observeAmong(List.of(encode("Hanmi Science", "hanmi.co.kr", "KR")), List.of(encode("Hanmi Pharmaceutical", null, "KR")))
        .isMissing()).isTrue();
    // a name without its group word is not the whole name: "Apex Group" spells no other Apex's site
    assertThat(observeAmong(List.of(encode("Apex Resources", "apex.com", "US")), List.of(encode("Apex Group", null, "US")))
        .isMissing()).isTrue();
  }

  @Test
  void groupsSiteBesideTheBrandsSite_isTheSameLabelOnlyWhenBothRecordsCarryTheSameName() {
    Decision legrand = decide(
        encode(TestAccounts.account("L1", "Legrand SA", "www.legrandgroup.com", "FR", "Limoges")),
        encode(TestAccounts.account("R1", "LEGRAND", "https://www.legrand.fr/", "FR", "Limoges")));
    assertThat(legrand.reasons()).anySatisfy(r -> assertThat(r.label()).isEqualTo("same name, other suffix"));
    assertThat(legrand.outcome()).as(legrand.toString()).isEqualTo(io.venn.decide.Outcome.MATCH);

    // crm-corpus/dev's kind: a group's site and a sister with a name of its own.
    Decision multipolar = decide(
        encode(TestAccounts.account("L2", "PT Multipolar Tbk", "multipolargroup.com", "ID", "Jakarta")),
        encode(TestAccounts.account("R2", "PT Multipolar Technology Tbk", "multipolar.com", "ID", "Jakarta")));
    assertThat(multipolar.reasons()).anySatisfy(r -> assertThat(r.label()).isEqualTo("different"));
    assertThat(multipolar.outcome()).as(multipolar.toString()).isEqualTo(io.venn.decide.Outcome.NO_MATCH);

    // The group word glued on the label written in the group site's name: one company.
    Decision breville = decide(
        encode(TestAccounts.account("L3", "Breville Group Limited", "www.brevillegroup.com", "AU", "Sydney")),
        encode(TestAccounts.account("R3", "Breville", "https://www.breville.com/au/en/home/index.html", "AU", "Alexandria")));
    assertThat(breville.reasons()).anySatisfy(r -> assertThat(r.label()).isEqualTo("same name, other suffix"));
    assertThat(breville.outcome()).as(breville.toString()).isEqualTo(io.venn.decide.Outcome.MATCH);

    // Across scripts a group's site and its brand's are one label whatever the words, as one label
    // under two suffixes is: the names share none by design.
    assertThat(observeAmong(List.of(encode("农夫山泉股份有限公司", "www.nongfugroup.com", "CN")),
        List.of(encode("Nongfu Spring Co., Ltd.", "https://www.nongfu.com", "CN"))).level())
        .isEqualTo(DomainLevels.SAME_LABEL_ACROSS_SCRIPTS);

    // Two group sites of one brand are one label only under one name too.
    assertThat(observeAmong(List.of(encode("Apex Group", "apexgroup.com", "US")), List.of(encode("Apex Global", "apexglobal.com", "US")))
        .level()).isEqualTo(DomainLevels.DIFFERENT);
    assertThat(observeAmong(List.of(encode("Apex", "apexgroup.com", "US")), List.of(encode("Apex", "apexglobal.com", "US")))
        .level()).isEqualTo(DomainLevels.SAME_LABEL);
    assertThat(observeAmong(List.of(encode("Apex", "apexgroup.com", "US")), List.of(encode("Apex", "apexgroup.de", "US")))
        .level()).as("one label under two suffixes, as before").isEqualTo(DomainLevels.SAME_LABEL);

    // Not a group word: a holding company's site is another company's.
    assertThat(observeAmong(List.of(encode("Kisco", "kisco.co.kr", "KR")), List.of(encode("Kisco", "kiscoholdings.co.kr", "KR")))
        .level()).isEqualTo(DomainLevels.DIFFERENT);
  }

  @Test
  void sameLabelUnderAnotherSuffix_acrossScripts_keepsTheSameWebsitesBounds() {
    EncodedAccount jal = encode(TestAccounts.account("L1", "日本航空株式会社", "www.jal.co.jp", "JP", "Tokyo"));
    EncodedAccount english = encode(TestAccounts.account("R1", "Japan Airlines Co., Ltd.", "jal.com", "JP", "Tokyo"));
    assertThat(observeAmong(List.of(jal), List.of(english)).level()).isEqualTo(DomainLevels.SAME_LABEL_ACROSS_SCRIPTS);

    // Two names in one script share no word by chance, not by design: the label alone.
    EncodedAccount otherNative = encode(TestAccounts.account("R2", "日本通運株式会社", "jal.com", "JP", "Tokyo"));
    assertThat(observeAmong(List.of(jal), List.of(otherNative)).level()).isEqualTo(DomainLevels.SAME_LABEL);

    // A site three records of a list hold is a group's, not one account's.
    List<EncodedAccount> right = new ArrayList<>(List.of(english));
    right.add(encode(TestAccounts.account("R3", "JAL Cargo", "jal.com", "JP", "Tokyo")));
    right.add(encode(TestAccounts.account("R4", "JAL Hotels", "jal.com", "JP", "Tokyo")));
    assertThat(observeAmong(List.of(jal), right).level()).isEqualTo(DomainLevels.SAME_LABEL);

    // A division's own host ("cargo.jal.com" for "JAL Cargo") is that division's site.
    EncodedAccount division = encode(TestAccounts.account("R5", "JAL Cargo", "cargo.jal.com", "JP", "Tokyo"));
    assertThat(observeAmong(List.of(encode(TestAccounts.account("L2", "日本航空カーゴ", "jal.co.jp", "JP", "Tokyo"))),
        List.of(division)).level()).isEqualTo(DomainLevels.SAME_LABEL);
  }

  @Test
  void sameLabelUnderAnotherSuffix_aShortNativeNameWithNoSoundKey_stillCountsAsAnotherScript() {
    // "romu" (ローム) has no sound key, yet its script is known; "NIO" has none either, and a key of
    // 0 is a Latin name's, so against "蔚来集团" (weilai group, a key of its own) it is the other script
    Decision rohm = decide(
        encode(TestAccounts.account("L1", "ローム株式会社", "www.rohm.co.jp", "JP", "Kyoto")),
        encode(TestAccounts.account("R1", "ROHM Co., Ltd.", "https://www.rohm.com/", "JP", "Kyoto")));
    assertThat(rohm.reasons()).anySatisfy(r -> assertThat(r.label()).isEqualTo("same name, other suffix, two scripts"));
    assertThat(rohm.outcome()).as(rohm.toString()).isEqualTo(Outcome.MATCH);

    EncodedAccount nio = encode(TestAccounts.account("L2", "蔚来集团", "https://www.nio.cn/", "CN", "Shanghai"));
    EncodedAccount english = encode(TestAccounts.account("R2", "NIO Inc.", "www.nio.com", "CN", "Shanghai"));
    assertThat(AccountEncoder.isNonLatin(rohmKey())).isTrue();
    assertThat(english.skeleton()).isZero();
    assertThat(observeAmong(List.of(nio), List.of(english)).level()).isEqualTo(DomainLevels.SAME_LABEL_ACROSS_SCRIPTS);
  }

  private static long rohmKey() {
    return encode(TestAccounts.account("L1", "ローム株式会社", null, "JP", null)).skeleton();
  }

  /** The level of the first records of two lists, with those lists' statistics. */
  private Observation observeAmong(List<EncodedAccount> left, List<EncodedAccount> right) {
    TokenStatistics stats = TestAccounts.statistics(left, right);
    return levels.observe(left.get(0), new float[0], right.get(0), new float[0], stats);
  }

  private static Decision decide(EncodedAccount a, EncodedAccount b) {
    TokenStatistics stats = TestAccounts.statisticsWithBackground(List.of(a), List.of(b));
    io.venn.decide.PairScorer scorer = new io.venn.decide.PairScorer(
        io.venn.decide.MatchModel.standard(), stats, io.venn.pipeline.MatchConfig.DEFAULT_THRESHOLD);
    return scorer.decide(a, stats.weights(a), b, stats.weights(b));
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
