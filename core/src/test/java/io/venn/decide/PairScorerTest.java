package io.venn.decide;

import static io.venn.TestAccounts.account;
import static io.venn.TestAccounts.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.venn.TestAccounts;
import io.venn.block.TokenStatistics;
import io.venn.encode.EncodedAccount;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairScorerTest {
  /** Unrelated companies, so word rarity is measured in a list, as in a real run. */
  private static final List<EncodedAccount> BACKGROUND = List.of(
      encode("Northwind Traders", "northwind.com", "US"), encode("Contoso Ltd", "contoso.com", "GB"),
      encode("Fabrikam Inc", "fabrikam.com", "US"), encode("Globex Corporation", "globex.com", "US"),
      encode("State Bank of Mysore", null, "IN"), encode("First National Bank", null, "US"));

  private static Decision decide(Account left, Account right) {
    return decide(encode(left), encode(right), List.of());
  }

  private static Decision decide(EncodedAccount a, EncodedAccount b, List<EncodedAccount> moreLeft) {
    List<EncodedAccount> l = new ArrayList<>(BACKGROUND);
    l.add(a);
    l.addAll(moreLeft);
    TokenStatistics stats = TestAccounts.statistics(l, List.of(b));
    PairScorer scorer = new PairScorer(MatchModel.standard(), stats, 0.9);
    return scorer.decide(a, stats.weights(a), b, stats.weights(b));
  }

  private static FieldScore reason(Decision d, String field) {
    return d.reasons().stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0} [{1}] ~ {3} [{4}]")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      GE                        | ge.com          | US | General Electric Company | https://www.ge.com | US
      ソニー株式会社             | sony.com        | JP | Sony Group Corporation   | sony.com           | JP
      Газпром                   | gazprom.ru      | RU | Gazprom PJSC             | www.gazprom.ru     | RU
      Mobily                    | mobily.com.sa   | SA | Etihad Etisalat Company  | mobily.com.sa      | SA
      Acme Corp                 | acme.com        | US | ACME Corporation         | -                  | -
      Acme Corp                 | https://investors.acme.com | US | ACME Corporation | acme.com       | US
      Barclays PLC              | https://home.barclays | GB | Barclays             | barclays.co.uk     | GB
      トヨタ自動車株式会社       | toyota.co.jp    | JP | Toyota Motor Corporation | https://global.toyota/en/ | JP
      BNP Paribas SA            | bnpparibas.com  | FR | BNP Paribas              | group.bnpparibas   | FR
      日産自動車株式会社         | nissan.co.jp    | JP | Nissan Motor Co., Ltd.   | nissan-global.com  | JP
      Exxon Mobil Corporation   | -               | US | ExxonMobil               | -                  | US
      Wal-Mart Stores, Inc.     | -               | US | Walmart Inc.             | -                  | US
      """)
  void decide_sameCompany_matches(String ln, String ld, String lc, String rn, String rd, String rc) {
    Decision d = decide(account("L", ln, ld, lc, null), account("R", rn, rd, rc, null));
    assertThat(d.outcome()).as(d.toString()).isEqualTo(Outcome.MATCH);
  }

  /**
   * A name written in another script, without a website, against its Latin name: the sound of a
   * long name decides with an agreeing country; a shorter key, or a short name's consonants and
   * vowels ("Joyfull" / ジョイフル), needs the city as well, unless a word agrees and the others sound
   * alike (بنك is "bank", and النم sounds as "Alinma" does); a different or missing city, a different
   * website, or a short name's skeleton alone (the vowels differ) does not decide.
   */
  @ParameterizedTest(name = "{0} [{1} {2}] ~ {3} [{4} {5}]: match {6}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      אנט כרדט פננס סרוסס בע"מ    | IL | Holon  | Unet Credit Finance Services Ltd | IL | -      | true
      شركة سمب فننسل گرپ          | SA | -      | Samba Financial Group            | SA | Riyadh | true
      شركة النم بنك               | SA | Riyadh | Alinma Bank                      | SA | Riyadh | true
      شركة النم بنك               | SA | -      | Alinma Bank                      | SA | Riyadh | true
      ジョイフル                   | JP | Oita   | Joyfull Co., Ltd.                | JP | Oita   | true
      ジョイフル                   | JP | Oita   | Joyfull Co., Ltd.                | JP | Tokyo  | false
      ジョイフル                   | JP | -      | Joyfull Co., Ltd.                | JP | Oita   | false
      株式会社レコッム             | JP | Tokyo  | Recomm Co., Ltd.                 | JP | Tokyo  | true
      ソニー                       | JP | Tokyo  | Sanyo Corporation                | JP | Tokyo  | false
      ソニー                       | JP | Tokyo  | Sunny Co., Ltd.                  | JP | Tokyo  | false
      ジョイフル                   | JP | Oita   | Joy Food Co., Ltd.               | JP | Oita   | false
      شركة سمب فننسل گرپ          | AE | Dubai  | Samba Financial Group            | SA | Riyadh | false
      """)
  void decide_nameInAnotherScriptWithoutWebsite(String ln, String lc, String lcity, String rn, String rc, String rcity,
      boolean matches) {
    Decision d = decide(account("L", ln, null, lc, lcity), account("R", rn, null, rc, rcity));
    assertThat(d.outcome() == Outcome.MATCH).as(d.toString()).isEqualTo(matches);
  }

  /**
   * A Chinese, Korean or Japanese name without a website against the company's Latin name: the
   * brand in pinyin as one word ("华为" is "huawei", not "hua wei") and the descriptors translated
   * ("集团", "그룹", "グループ" are "group"; "전자" is "electronics") give the words the Latin name
   * has, a brand romanized letter by letter meets its Latin spelling by sound ("sofutobanku" /
   * "SoftBank"); another brand with the same descriptors stays apart, also one that sounds alike in
   * three consonants ("hyeondae" / "Honda").
   */
  @ParameterizedTest(name = "{0} [{1} {2}] ~ {3} [{4} {5}]: match {6}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      阿里巴巴集团控股有限公司      | CN | Hangzhou | Alibaba Group Holding Limited             | CN | Hangzhou | true
      华为技术有限公司              | CN | Shenzhen | Huawei Technologies Co., Ltd.             | CN | Shenzhen | true
      江苏恒瑞医药股份有限公司      | CN | -        | Jiangsu Hengrui Pharmaceuticals Co., Ltd. | CN | -        | true
      小米集团                      | CN | Beijing  | Xiaomi Corporation                        | CN | Beijing  | true
      华为技术有限公司              | CN | Shenzhen | ZTE Corporation                           | CN | Shenzhen | false
      中兴通讯股份有限公司          | CN | Shenzhen | Huawei Technologies Co., Ltd.             | CN | Shenzhen | false
      中国银行                      | CN | Beijing  | Bank of China Limited                     | CN | Beijing  | true
      小米集团                      | CN | Beijing  | Meituan                                   | CN | Beijing  | false
      삼성전자                      | KR | Suwon    | Samsung Electronics Co., Ltd.             | KR | Suwon    | true
      신한은행                      | KR | Seoul    | Shinhan Bank                              | KR | Seoul    | true
      현대자동차                    | KR | Seoul    | Honda Motor Co., Ltd.                     | KR | Seoul    | false
      현대자동차                    | KR | Seoul    | Hyundai Motor Company                     | KR | Seoul    | true
      롯데쇼핑                      | KR | Seoul    | Lotte Shopping Co., Ltd.                  | KR | Seoul    | true
      효성                          | KR | Seoul    | Hyosung Corporation                       | KR | Seoul    | true
      株式会社カプコン              | JP | Osaka    | Capcom Co., Ltd.                          | JP | Osaka    | true
      セガサミーホールディングス    | JP | Tokyo    | Sega Sammy Holdings Inc.                  | JP | Tokyo    | true
      Ростелеком                    | RU | Moscow   | Rostelecom PJSC                           | RU | Moscow   | true
      현대제철                      | KR | Incheon  | Honda Steel Co., Ltd.                     | KR | Incheon  | false
      현대전자                      | KR | Seoul    | Honda Electronics Co., Ltd.               | KR | Seoul    | false
      株式会社ニトリホールディングス | JP | Sapporo  | Nitori Holdings Co., Ltd.                 | JP | Sapporo  | true
      株式会社ニトリホールディングス | JP | Sapporo  | Natori Holdings Co., Ltd.                 | JP | Sapporo  | false
      בנק הפועלים                   | IL | Tel Aviv | Bank Hapoalim B.M.                        | IL | Tel Aviv | true
      בנק הפועלים                   | IL | Tel Aviv | Bank Fam Ltd.                             | IL | Tel Aviv | false
      אלביט מערכות                  | IL | Haifa    | Elbit Systems Ltd.                        | IL | Haifa    | true
      삼양식품                      | KR | Seoul    | Samsung Foods Co., Ltd.                   | KR | Seoul    | false
      ソフトバンクグループ株式会社  | JP | Tokyo    | SoftBank Group Corp.                      | JP | Tokyo    | true
      삼성전자                      | KR | Suwon    | LG Electronics Inc.                       | KR | Suwon    | false
      현대자동차                    | KR | Seoul    | Hyundai Heavy Industries Co., Ltd.        | KR | Seoul    | false
      ソフトバンクグループ株式会社  | JP | Tokyo    | Sompo Group                               | JP | Tokyo    | false
      株式会社ワコールホールディングス | JP | Kyoto   | Wacoal Holdings Corp.                     | JP | Kyoto    | true
      株式会社ワコールホールディングス | JP | Kyoto   | Wacom Holdings Co., Ltd.                  | JP | Kyoto    | false
      שטראוס גרופ בע"מ              | IL | Petah Tikva | Strauss Group Ltd.                    | IL | Petah Tikva | true
      שטראוס גרופ בע"מ              | IL | Petah Tikva | Shufersal Group Ltd.                  | IL | Petah Tikva | false
      شركة الاتصالات السعودية       | SA | Riyadh   | Saudi Telecom Company                     | SA | Riyadh   | true
      الشركة السعودية للكهرباء      | SA | Riyadh   | Saudi Electricity Company                 | SA | Riyadh   | true
      شركة الكهرباء الوطنية         | JO | Amman    | Saudi Electricity Company                 | JO | Amman    | false
      بنك أبوظبي الأول              | AE | Abu Dhabi | First Abu Dhabi Bank PJSC                | AE | Abu Dhabi | true
      بنك أبوظبي التجاري            | AE | Abu Dhabi | First Abu Dhabi Bank PJSC                | AE | Abu Dhabi | false
      """)
  void decide_cjkNameWithoutWebsite(String ln, String lc, String lcity, String rn, String rc, String rcity,
      boolean matches) {
    Decision d = decide(account("L", ln, null, lc, lcity), account("R", rn, null, rc, rcity));
    assertThat(d.outcome() == Outcome.MATCH).as(d.toString()).isEqualTo(matches);
  }

  /**
   * Initialisms that spell the legal form, stand before a descriptor, or before words whose
   * initials the full name's spell too ("FS Italiane") meet the full name in one city; a generic name ("Bank of China" as 中国银行 reads: `china bank`) inside a longer one whose
   * extra word is rarer is another company.
   */
  @ParameterizedTest(name = "{0} / {3}: {6}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      BPCL                          | IN | Mumbai   | Bharat Petroleum Corporation Limited      | IN | Mumbai   | true
      TSMC                          | TW | Hsinchu  | Taiwan Semiconductor Manufacturing Company, Limited | TW | Hsinchu | true
      DBS Bank Ltd.                 | SG | Singapore | The Development Bank of Singapore Limited | SG | Singapore | true
      BPCL                          | IN | Mumbai   | Bharat Petroleum Corporation Limited      | IN | Kochi    | false
      HSBC                          | HK | Hong Kong | Hong Shing Building Co., Ltd.            | HK | Hong Kong | false
      ACE Technologies              | SG | Singapore | Asia Cargo Express                       | SG | Singapore | false
      FS Italiane                   | IT | Roma     | Ferrovie dello Stato Italiane S.p.A.      | IT | Roma     | true
      中国银行股份有限公司          | CN | Beijing  | China Construction Bank Corporation       | CN | Beijing  | false
      """)
  void decide_shortFormsAndGenericNames(String ln, String lc, String lcity, String rn, String rc, String rcity,
      boolean matches) {
    Decision d = decideAmongCompanyNames(account("L", ln, null, lc, lcity), account("R", rn, null, rc, rcity));
    assertThat(d.outcome() == Outcome.MATCH).as(d.toString()).isEqualTo(matches);
  }

  /**
   * The decision with words weighed as a match weighs them: "china" or "bank" are common among
   * company names (the background vocabulary), not in two test records.
   */
  private static Decision decideAmongCompanyNames(Account left, Account right) {
    EncodedAccount a = encode(left);
    EncodedAccount b = encode(right);
    TokenStatistics stats = TestAccounts.statisticsWithBackground(List.of(a), List.of(b));
    return new PairScorer(MatchModel.standard(), stats, 0.9).decide(a, stats.weights(a), b, stats.weights(b));
  }

  /**
   * A registry or an English CRM translates a Spanish, Portuguese, Italian or French name's descriptor
   * words ("NATIONAL STEEL CO"), a Japanese name's ("Sumitomo Electric Industries" for 住友電気工業,
   * read "sumitomo denki kogyo") and a Thai one's ("Bangkok Bank" for ธนาคารกรุงเทพ): they meet the
   * name as written, even without a place on the registry's side; another company with the same descriptor words and a similar place name stays apart, and a
   * one-word name that is a descriptor word is a brand.
   */
  @ParameterizedTest(name = "{0} / {3}: {6}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Companhia Siderurgica Nacional    | BR | Sao Paulo | NATIONAL STEEL CO                  | -  | -         | true
      Grupo Aeroportuario del Pacifico  | MX | Guadalajara | PACIFIC AIRPORT GROUP            | -  | -         | true
      Compania Cervecerias Unidas S.A.  | CL | Santiago  | UNITED BREWERIES CO INC            | -  | -         | true
      Banco de Chile                    | CL | Santiago  | BANK OF CHINA LTD                  | -  | -         | false
      Banco do Brasil S.A.              | BR | Brasilia  | BRB - Banco de Brasilia S.A.       | BR | Brasilia  | false
      Medios AG                         | DE | Berlin    | Media Inc.                         | DE | Berlin    | false
      住友電気工業株式会社              | JP | 大阪市    | Sumitomo Electric Industries, Ltd. | JP | Osaka     | true
      武田薬品工業株式会社              | JP | 東京都中央区 | Takeda Pharmaceutical Company Limited | JP | Tokyo | true
      三菱電機株式会社                  | JP | 東京都千代田区 | Mitsubishi Heavy Industries, Ltd. | JP | Tokyo | false
      ธนาคารกรุงเทพ จำกัด (มหาชน)       | TH | กรุงเทพมหานคร | Bangkok Bank Public Company Limited | TH | Bangkok | true
      บริษัท การบินไทย จำกัด (มหาชน)    | TH | กรุงเทพมหานคร | Thai AirAsia Co., Ltd.          | TH | Bangkok   | false
      """)
  void decide_translatedDescriptorWords(String ln, String lc, String lcity, String rn, String rc, String rcity,
      boolean matches) {
    Decision d = decideAmongCompanyNames(account("L", ln, null, lc, lcity), account("R", rn, null, rc, rcity));
    assertThat(d.outcome() == Outcome.MATCH).as(d.toString()).isEqualTo(matches);
  }

  /**
   * What a user sees in the README, without websites: a city written in its own script meets its
   * English name, a descriptor word of another script meets its English word, and a CRM user's note
   * in the name is no part of it; another company in the same place stays apart.
   */
  @ParameterizedTest(name = "{0} [{1} {2}] ~ {3} [{4} {5}]: match {6}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Лукойл                              | RU | Москва  | Lukoil                | RU | Moscow  | true
      Άλφα Τράπεζα                        | GR | Αθήνα   | Alpha Bank            | GR | Athens  | true
      Άλφα Τράπεζα                        | GR | Αθήνα   | Piraeus Bank          | GR | Athens  | false
      Maltrixa Inc. (Acquired by Oracle)  | US | Reno    | Maltrixa              | US | Reno    | true
      Kembric Corp - DO NOT USE           | US | Austin  | Kembric Corporation   | US | Austin  | true
      Kembric Corp - DO NOT USE           | US | Austin  | Kelvora Corporation   | US | Austin  | false
      """)
  void decide_citySpellingsDescriptorsAndCrmNotes(String ln, String lc, String lcity, String rn, String rc, String rcity,
      boolean matches) {
    Decision d = decide(account("L", ln, null, lc, lcity), account("R", rn, null, rc, rcity));
    assertThat(d.outcome() == Outcome.MATCH).as(d.toString()).isEqualTo(matches);
  }

  @Test
  void decide_shortNameInAnotherScriptAtAnotherWebsite_doesNotMatch() {
    Decision d = decide(account("L", "ジョイフル", "joyfull.co.jp", "JP", "Oita"),
        account("R", "Joyfull Co., Ltd.", "joyfull-foods.com", "JP", "Oita"));
    assertThat(d.outcome()).as(d.toString()).isNotEqualTo(Outcome.MATCH);
  }

  @ParameterizedTest(name = "{0} [{1}] ~ {3} [{4}]")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Acme (France)             | acme.fr         | FR | Acme                     | acme.be            | BE
      Spencer's Retail (Sweden) | spencersretail.se | SE | Spencer's Retail       | spencersretail.com.br | BR
      State Bank of India       | sbi.bank.in     | IN | Punjab National Bank     | pnb.bank.in        | IN
      Baroda Gramin Bank        | -               | IN | Saurashtra Gramin Bank   | -                  | IN
      Delta Air Lines           | delta.com       | US | Delta Faucet Company     | deltafaucet.com    | US
      Alpha Foods               | alpha.myshopify.com | US | Omega Foods          | omega.myshopify.com | US
      Canon Inc.                | global.canon    | JP | Toyota Motor Corporation | global.toyota      | JP
      Toei Animation Co., Ltd.  | https://animation.toei.co.jp | JP | Toei Company, Ltd. | www.toei.co.jp | JP
      Hartwell Marine Tech Group | https://hartwellmarinetechg.hartwell.de | DE | Hartwell AG | www.hartwell.de | DE
      """)
  void decide_differentCompanies_doNotMatch(String ln, String ld, String lc, String rn, String rd, String rc) {
    Decision d = decide(account("L", ln, ld, lc, null), account("R", rn, rd, rc, null));
    assertThat(d.outcome()).as(d.toString()).isNotEqualTo(Outcome.MATCH);
  }

  @Test
  void decide_aHostThatNamesTheSameCompany_isThatCompanysSite() {
    // The division rule keeps "Toei Animation" (animation.toei.co.jp) apart from "Toei" (above); a
    // host spelling words both names share is the one company's regional site, not a division.
    Decision d = decide(account("L", "Hartwell Global GmbH", "https://global.hartwell.de", "DE", "Essen"),
        account("R", "Hartwell Global", "hartwell.de", "DE", "Bremen"));
    assertThat(d.outcome()).as(d.toString()).isEqualTo(Outcome.MATCH);
  }

  @Test
  void decide_aHostThatBeginsItsDomainsLabel_isTheBrandsOwnSiteNotADivisions() {
    // "ase" spells the name's first word, as a division's host would, but it is the start of the
    // domain's own label: the company's site, which its native-script record holds as aseglobal.com
    Decision d = decide(account("L", "日月光投資控股股份有限公司", "https://www.aseglobal.com/", "TW", "Kaohsiung"),
        account("R", "ASE Technology Holding Co., Ltd.", "ase.aseglobal.com/en/", "TW", "Kaohsiung"));
    assertThat(reason(d, "domain").label()).isEqualTo("same website");
    assertThat(d.outcome()).as(d.toString()).isEqualTo(Outcome.MATCH);
  }

  @Test
  void decide_explanationAddsUpToTheScore() {
    Decision d = decide(account("L", "Acme Holdings", "acme.com", "US", "Boston"), account("R", "Acme Holding Co", "acme.com", "US", "Chicago"));
    double total = d.reasons().stream().mapToDouble(FieldScore::weight).sum();
    assertThat(1 / (1 + Math.exp(-total))).isCloseTo(d.score(), within(1e-9));
    FieldScore domain = reason(d, "domain");
    assertThat(domain.weight()).isCloseTo(Math.log(domain.m() / domain.u()), within(1e-9));
  }

  @Test
  void decide_sameWebsiteOutweighsADifferentCity() {
    Decision d = decide(account("L", "Acme Holdings", "acme.com", "US", "Boston"), account("R", "Acme", "acme.com", "US", "Chicago"));
    FieldScore city = reason(d, "city");
    assertThat(city.label()).isEqualTo("different (outweighed by the website)");
    assertThat(city.weight()).isZero();
  }

  @Test
  void decide_websiteManyRecordsShare_isNotTheAccountKey() {
    EncodedAccount a = encode("Northwind Logistics", "group.com", "US");
    EncodedAccount b = encode("Contoso Retail", "group.com", "US");
    List<EncodedAccount> sameSite = List.of(encode("Fabrikam Energy", "group.com", "US"), encode("Globex Media", "group.com", "US"));
    Decision d = decide(a, b, sameSite);
    assertThat(reason(d, "domain").label()).isEqualTo("same website, shared by several records");
    assertThat(reason(d, "name").weight()).isNegative();
    assertThat(d.outcome()).isEqualTo(Outcome.NO_MATCH);
  }

  @Test
  void decide_differentDunsDecidesNoMatch_sameDunsMatch() {
    Account a = new Account("L", "Acme Holdings", "acme.com", "US", null, null, null, "009123456", "All", Map.of(), 2);
    Account b = new Account("R", "Acme Holdings", "acme.com", "US", null, null, null, "123456789", "All", Map.of(), 2);
    Account c = new Account("R", "Alphabet", "abc.xyz", "US", null, null, null, "DUNS 00-912-3456", "All", Map.of(), 2);
    assertThat(decide(a, b).score()).isZero();
    assertThat(decide(a, c).score()).isEqualTo(1.0);
    assertThat(reason(decide(a, c), "registration").label()).isEqualTo("same DUNS or LEI");
  }

  /**
   * The hot path ({@link PairScorer#score}) checks the deciding comparisons (country, DUNS) first and
   * skips the rest when one says "no match": it must give exactly what the explained path gives.
   */
  @ParameterizedTest(name = "{0} [{1}] ~ {3} [{4}]")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Acme (France)       | acme.fr     | FR | Acme              | acme.be     | BE
      Acme Holdings       | acme.com    | US | Acme Holdings     | acme.com    | CA
      Acme Holdings       | acme.com    | US | Acme Holding Co   | acme.com    | US
      Acme Holdings       | -           | -  | Acme Holdings     | -           | DE
      GE                  | ge.com      | US | General Electric  | www.ge.com  | US
      Delta Air Lines     | delta.com   | US | Delta Faucet      | deltafaucet.com | US
      """)
  void score_equalsTheExplainedScore(String ln, String ld, String lc, String rn, String rd, String rc) {
    EncodedAccount a = encode(account("L", ln, ld, lc, null));
    EncodedAccount b = encode(account("R", rn, rd, rc, null));
    List<EncodedAccount> l = new ArrayList<>(BACKGROUND);
    l.add(a);
    TokenStatistics stats = TestAccounts.statistics(l, List.of(b));
    PairScorer scorer = new PairScorer(MatchModel.standard(), stats, 0.9);
    assertThat(scorer.score(a, stats.weights(a), b, stats.weights(b)))
        .isEqualTo(scorer.decide(a, stats.weights(a), b, stats.weights(b)).score());
  }

  @Test
  void score_differentDunsIsZeroWhateverTheName() {
    Account a = new Account("L", "Acme Holdings", "acme.com", "US", null, null, null, "009123456", "All", Map.of(), 2);
    Account b = new Account("R", "Acme Holdings", "acme.com", "US", null, null, null, "123456789", "All", Map.of(), 2);
    EncodedAccount ea = encode(a);
    EncodedAccount eb = encode(b);
    TokenStatistics stats = TestAccounts.statistics(List.of(ea), List.of(eb));
    PairScorer scorer = new PairScorer(MatchModel.standard(), stats, 0.9);
    assertThat(scorer.score(ea, stats.weights(ea), eb, stats.weights(eb))).isZero();
  }
}
