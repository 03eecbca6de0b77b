package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyNamesTest {

  /** Real names (SEC EDGAR, FinanceDatabase, cleanco's test list) -> tokens and legal forms found. */
  @ParameterizedTest(name = "{0} [{1}] -> {2} / {3}")
  @CsvSource(delimiter = '|', nullValues = "-", emptyValue = "", textBlock = """
      AMAZON COM INC                                  | -  | amazon com                    | inc
      Amazon.com, Inc.                                | US | amazon com                    | inc
      CORNING INC /NY                                 | US | corning                       | inc
      BERKSHIRE HATHAWAY INC /DE/                     | -  | berkshire hathaway            | inc
      Infosys Ltd/ADR                                 | IN | infosys                       | ltd
      MICROSOFT CORP                                  | US | microsoft                     | corp
      Apple Inc.                                      | US | apple                         | inc
      Meta Platforms, Inc.                            | US | meta platforms                | inc
      Koninklijke Ahold Delhaize N.V.                 | NL | royal ahold delhaize          | nv
      PT Bank Central Asia Tbk                        | ID | bank central asia             | pt, tbk
      Bank Central Asia Tbk PT                        | ID | bank central asia             | tbk, pt
      PT Bank Mandiri (Persero) Tbk                   | ID | bank mandiri                  | pt, persero, tbk
      PT. Telkom Indonesia (Persero) Tbk.             | ID | telkom indonesia              | pt, persero, tbk
      CV Sumber Rejeki                                | ID | sumber rejeki                 | cv
      Công ty Cổ phần Sữa Việt Nam                    | VN | sua viet nam                  | cty cp
      CTCP Tập đoàn Hòa Phát                          | VN | hoa phat                      | cty cp, tap doan
      Tập đoàn Vingroup - Công ty CP                  | VN | vingroup                      | tap doan, cty cp
      Công ty TNHH Samsung Electronics Việt Nam       | VN | samsung electronics viet nam  | cty tnhh
      Tổng Công ty Hàng không Việt Nam                | VN | hang khong viet nam           | tong cong ty
      Kuwait Oil Company K.S.C.                       | KW | kuwait oil                    | company, ksc
      7-Eleven Japan                                  | JP | seven eleven japan            |
      SEVEN-ELEVEN JAPAN CO.,LTD.                     | JP | seven eleven japan            | co ltd
      Big 5 Sporting Goods                            | US | big five sporting goods       |
      Kuwait Finance House K.S.C.P.                   | KW | kuwait finance house          | kscp
      Ooredoo Q.P.S.C.                                | QA | ooredoo                       | qpsc
      شركة نفط الكويت                                 | KW | oil kuwait                    | company
      רכבת ישראל בע"מ                                 | IL | railways israel               | b m
      ΑΝΩΝΥΜΗ ΕΤΑΙΡΕΙΑ ΤΣΙΜΕΝΤΩΝ ΤΙΤΑΝ                | GR | cement titan                  | ae
      The Kowloon Motor Bus Company (1933) Limited    | HK | kowloon motor bus             | company, ltd
      Sime Darby (1910) Berhad                        | MY | sime darby                    | bhd
      Zylon 1933 Ltd                                  | GB | zylon 1933                    | ltd
      주식회사 카카오뱅크                              | KR | kakao bank                    | jusikhoesa
      SK이노베이션                                     | KR | sk innovation                 |
      삼성화재해상보험                                  | KR | samseong fire marine insurance |
      ACME, Inc.                                      | -  | acme                          | inc
      Acme Incorporated                               | -  | acme                          | inc
      Siemens Aktiengesellschaft                      | DE | siemens                       | ag
      Siemens AG                                      | -  | siemens                       | ag
      Robert Bosch GmbH                               | DE | robert bosch                  | gmbh
      Acme GmbH & Co. KG                              | DE | acme                          | gmbh and co kg
      Toyota Motor Corporation                        | JP | toyota motor                  | corporation
      Hitachi Ltd.                                    | JP | hitachi                       | ltd
      Nissin Co. Ltd.                                 | JP | nissin                        | co ltd
      Acme K.K.                                       | JP | acme                          | kk
      Taiwan Semiconductor Manufacturing Co., Ltd.    | TW | taiwan semiconductor manufacturing | co ltd
      ПАО Газпром                                     | RU | gazprom                       | pao
      Газпром                                         | -  | gazprom                       |
      OOO Lukoil                                      | -  | lukoil                        | ooo
      A.O. Tatneft                                    | RU | tatneft                       | ao
      Mobile Telesystems OJSC                         | RU | mobile telesystems            | ojsc
      JSC Kaspi.kz                                    | KZ | kaspi kz                      | jsc
      The Limited                                     | -  | limited                       |
      The Coca-Cola Company                           | US | coca cola                     | company
      McDonald's Corp                                 | US | mcdonalds                     | corp
      A.B.C. Ltd                                      | GB | abc                           | ltd
      T.V.G. Technologies Ltd.                        | IL | tvg technologies              | ltd
      J.P. Morgan Chase & Co.                         | US | jp morgan chase               | and co
      Procter & Gamble Co                             | US | procter and gamble            | co
      Johnson & Johnson                               | US | johnson and johnson           |
      AT&T Inc.                                       | US | at and t                      | inc
      Fisher & Paykel Industries Ltd.                 | NZ | fisher and paykel industries  | ltd
      Foo Intl Hldgs                                  | -  | foo international holdings    |
      AMERICAN NATL INS CO                            | US | american national insurance   | co
      Warner Bros. Discovery, Inc.                    | US | warner brothers discovery     | inc
      Acme Mfg Grp                                    | -  | acme manufacturing group      |
      Abbott Labs                                     | US | abbott laboratories           |
      NOVAGOLD RES                                    | CA | novagold resources            |
      HOCHSCHILD MNG PLC                              | GB | hochschild mining             | plc
      MITEK SYS INC.                                  | US | mitek systems                 | inc
      BRIXMOR PPTY GROUP INC.                         | US | brixmor property group        | inc
      A.O. Smith Corporation                          | US | ao smith                      | corporation
      CV Sciences Inc                                 | US | cv sciences                   | inc
      Too Faced Cosmetics LLC                         | US | too faced cosmetics           | llc
      N.V. Nederlandse Spoorwegen                     | NL | nederlandse spoorwegen        | nv
      NV Energy                                       | US | nv energy                     |
      NV Bekaert SA                                   | BE | bekaert                       | nv, sa
      Empresa de Telecomunicaciones de Bogotá S.A. E.S.P. | CO | empresa de telecomunicaciones de bogota | sa esp
      Celsia S.A.S. E.S.P.                            | CO | celsia                        | sas esp
      Empresas Públicas de Medellín E.S.P.            | CO | empresas publicas de medellin | esp
      Pokemon Go Inc                                  | -  | pokemon go                    | inc
      Acme Pty. Ltd.                                  | AU | acme                          | pty ltd
      Alumina Ltd.                                    | AU | alumina                       | ltd
      Acme S.p.A.                                     | IT | acme                          | spa
      ENI S.p.A.                                      | IT | eni                           | spa
      Sanpaolo-IMI S.p.A.                             | IT | sanpaolo imi                  | spa
      Acme S. A.                                      | ES | acme                          | sa
      Telefonica del Peru S.A.                        | PE | telefonica del peru           | sa
      Grupo Televisa S.A.                             | MX | grupo televisa                | sa
      Grupo Radio Centro S.A. de C.V.                 | MX | grupo radio centro            | sa de cv
      Société Générale S.A.                           | FR | societe generale              | sa
      Euro Disney S.C.A.                              | FR | euro disney                   | sca
      Banco do Brasil S/A                             | BR | banco do brasil               | sa
      Brasil Telecom S.A.                             | BR | brasil telecom                | sa
      Acme L.L.C.                                     | US | acme                          | llc
      Acme B.V.                                       | NL | acme                          | bv
      Unilever N.V.                                   | NL | unilever                      | nv
      ICOS Vision Systems Corp. N.V.                  | BE | icos vision systems           | corp, nv
      Reliance Industries Pvt. Ltd.                   | IN | reliance industries           | pvt ltd
      ICICI Bank Ltd.                                 | IN | icici bank                    | ltd
      Acme Sdn. Bhd.                                  | MY | acme                          | sdn bhd
      Novo Nordisk A/S                                | DK | novo nordisk                  | as
      A/S Steamship Company Torm                      | DK | steamship company torm        | as
      Volvo AB                                        | SE | volvo                         | ab
      AB Volvo                                        | SE | volvo                         | ab
      Hennes & Mauritz AB                             | SE | hennes and mauritz            | ab
      H & M Hennes & Mauritz AB (publ)                | SE | h and m hennes and mauritz    | ab
      Statoil ASA                                     | NO | statoil                       | asa
      Nokia Oyj                                       | FI | nokia                         | oyj
      Acme SARL                                       | FR | acme                          | sarl
      Acme s.r.o.                                     | CZ | acme                          | sro
      Polska Telefonia Cyfrowa Sp. z o.o.             | PL | polska telefonia cyfrowa      | sp z oo
      SAP SE                                          | DE | sap                           | se
      Glencore plc                                    | GB | glencore                      | plc
      Elan Corp plc                                   | IE | elan                          | corp, plc
      Wells Fargo Bank, National Association          | US | wells fargo bank              | na
      Bank of America, N.A.                           | US | bank of america               | na
      Daimler Truck Holding AG                        | DE | daimler truck holding         | ag
      ABN Amro Holding N.V.                           | NL | abn amro holding              | nv
      Koninklijke Philips N.V.                        | NL | royal philips                 | nv
      Zurich Insurance Group AG                       | CH | zurich insurance group        | ag
      Robert Bosch Stiftung                           | DE | robert bosch stiftung         |
      Enerplus Resources Fund                         | CA | enerplus resources fund       |
      Acme Fund II                                    | -  | acme fund ii                  |
      Petroleo Brasileiro S.A. - Petrobras            | BR | petroleo brasileiro sa petrobras |
      Alphabet Inc. Class A                           | US | alphabet                      | inc
      Brookfield Asset Management Ltd. Class A Limited Voting Shares | CA | brookfield asset management | ltd
      Shopify Inc. Class A Subordinate Voting Shares  | CA | shopify                       | inc
      HENSOLDT AG  INH                                | DE | hensoldt                      | ag
      TUNIU SP.ADR 1                                  | CN | tuniu                         |
      OKTA INC. CL.A                                  | US | okta                          | inc
      CATALYST PHARM.INC.DL-,001                      | US | catalyst pharm                | inc
      Infosys Limited Sponsored ADR                   | IN | infosys                       | ltd
      WERELDHAVE NV WERELDHAVE ORD SH                 | NL | wereldhave                    | nv
      SUOMINEN  EO 2,50                               | FI | suominen                      |
      ARGENX NV ARGENX ORD SHS                        | NL | argenx                        | nv
      UNITEDHEALTH GROUP INC UNITEDHE                 | US | unitedhealth group            | inc
      NORSK HYDRO A.S.A NORSK HYDRO O                 | NO | norsk hydro                   | asa
      MASTERCARD INC.A                                | US | mastercard                    | inc
      ORIOLA OYJ B                                    | FI | oriola                        | oyj
      Boeing Company (The)                            | US | boeing                        | company
      MACERICH CO.,THE                                | US | macerich                      | co
      Cronos Group Inc. Common Share                  | CA | cronos group                  | inc
      CHEERWIN GRP. -,0000002                         | CN | cheerwin group                |
      MORPHIC HOLDING IDL-,0001                       | US | morphic holding               |
      MICROVISION NEW                                 | US | microvision                   |
      Carnival Corporation & plc                      | US | carnival                      | corporation, plc
      Acme 2000 Ltd                                   | GB | acme 2000                     | ltd
      European FinTech IPO Company 1 B.V.             | NL | european fintech ipo company one| bv
      3M Company                                      | US | 3m                            | company
      Nestlé S.A.                                     | CH | nestle                        | sa
      ＳＯＮＹ　ＧＲＯＵＰ株式会社                      | JP | sony group                    | kabushiki kaisha
      บริษัท ปตท จำกัด (มหาชน)                        | TH | ptth                          | company, public company limited
      주식회사 카카오                                  | KR | kakao                         | jusikhoesa
      (주)카카오                                       | KR | kakao                         | jusikhoesa
      شركة الاتصالات السعودية                          | SA | telecommunications saudi      | company
      شركة جرير للتسويق                                | SA | jryr marketing                | company
      Public Joint Stock Company Aeroflot              | RU | aeroflot                      | pjsc
      Standard Chartered PLC                          | GB | standard chartered           | plc
      SpareBank 1 SMN                                 | NO | sparebank one smn              |
      Plymouth Industrial REIT, Inc.                  | US | plymouth industrial reit      | inc
      Acme PR                                         | -  | acme pr                       |
      MAYS J W INC                                    | US | mays jw                       | inc
      SMITH A O CORP                                  | US | smith ao                      | corp
      A. O. Smith Corporation                         | US | ao smith                      | corporation
      U S Steel                                       | US | us steel                      |
      M F G Corp                                      | US | manufacturing                 | corp
      C O S Inc                                       | US | companies                     | inc
      A B C Inc                                       | US | abc                           | inc
      U S A Inc                                       | US | usa                           | inc
      Acme S A                                        | ES | acme                          | sa
      T H E Foo                                       | US | t h e foo                     |
      Foo O R D                                       | US | foo o r d                     |
      ON SEMICOND                                     | US | on semiconductor              |
      SILVERCREST MTLS                                | CA | silvercrest metals            |
      SPROUTLY CDA INC.                               | CA | sproutly canada               | inc
      Plan B Inc                                      | US | plan b                        | inc
      Inc.                                            | -  | inc                           |
      Company Limited                                 | -  | company                       | ltd
      """)
  void parse_realNames(String raw, String country, String tokens, String forms) {
    CompanyName name = CompanyNames.parse(raw, country);

    assertThat(name.key()).isEqualTo(tokens);
    assertThat(name.legalForms()).isEqualTo(words(forms));
  }

  /** Spaced initials that would spell a word the parser takes off must come out the same when the key is parsed again. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"M F G Corp", "K T", "T H E Foo", "Foo T H E", "Foo A N D", "Foo O R D", "Foo I N H",
      "Foo S H S", "Manufacturing Ltd M F G", "A B C Company", "U S A Inc", "I N S Holdings", "Acme S A"})
  void parse_spacedInitials_ownKeyIsIdempotent(String raw) {
    for (String country : new String[] {null, "US", "DE", "ES"}) {
      CompanyName first = CompanyNames.parse(raw, country);
      assertThat(CompanyNames.parse(first.key(), country).tokens()).as(raw + " in " + country).isEqualTo(first.tokens());
    }
  }

  /** Spellings of one company that must meet on the same tokens. */
  @ParameterizedTest(name = "{0} == {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      ACME, Inc.                       | Acme Incorporated              | -
      Siemens AG                       | Siemens Aktiengesellschaft     | DE
      Газпром                          | Gazprom                        | RU
      ПАО «Газпром»                    | Gazprom PJSC                   | RU
      Nestlé S.A.                      | NESTLE SA                      | CH
      Koninklijke Ahold Delhaize N.V.  | KONINKLIJKE AHOLD DELHAIZE NV  | NL
      PT Bank Central Asia Tbk         | Bank Central Asia              | ID
      McDonald's Corporation           | MCDONALDS CORP                 | US
      The Home Depot, Inc.             | HOME DEPOT, INC.               | US
      Acme Pty Ltd                     | ACME PTY. LTD.                 | AU
      Acme S.A. de C.V.                | Acme SA de CV                  | MX
      Société Générale                 | SOCIETE GENERALE SA            | FR
      Acme International Ltd           | ACME INTL LTD                  | GB
      Taiwan Semiconductor Manufacturing Co., Ltd. | TAIWAN SEMICONDUCTOR MANUFACTURING CO LTD | TW
      Acme L.L.C.                      | Acme LLC                       | US
      """)
  void parse_spellingsOfOneCompanyMeet(String left, String right, String country) {
    assertThat(CompanyNames.parse(left, country).tokens())
        .isEqualTo(CompanyNames.parse(right, country).tokens());
  }

  /** Different companies whose names differ only in a word that looks like a legal form. */
  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Robert Bosch Stiftung | Robert Bosch GmbH | DE
      Acme Bank             | Acme Inc.         | US
      Acme Trust            | Acme Corp.        | US
      Acme Fund II          | Acme Fund         | -
      Acme Holdings         | Acme Ltd          | GB
      Acme Group            | Acme AG           | DE
      Acme Foundation       | Acme Inc          | US
      Acme Partners         | Acme LLC          | US
      AO Smith Corp         | Smith Corp        | US
      """)
  void parse_distinguishingWordsStay(String left, String right, String country) {
    assertThat(CompanyNames.parse(left, country).tokens())
        .isNotEqualTo(CompanyNames.parse(right, country).tokens());
  }

  @Test
  void parse_concurrentCallers_getTheSequentialResults() {
    List<String> raw = List.of("Газпром ПАО", "トヨタ自動車株式会社", "Société Générale S.A.", "PT Bank Central Asia Tbk",
        "삼성전자 주식회사", "Ελληνικά Πετρέλαια Α.Ε.", "Müller GmbH & Co. KG", "ACME, Inc.");
    List<CompanyName> expected = raw.stream().map(n -> CompanyNames.parse(n, null)).toList();

    List<List<CompanyName>> concurrent = java.util.stream.IntStream.range(0, 64).parallel()
        .mapToObj(i -> raw.stream().map(n -> CompanyNames.parse(n, null)).toList())
        .toList();

    assertThat(concurrent).allMatch(expected::equals);
  }

  @Test
  void parse_nullOrNoLetters_isEmpty() {
    assertThat(CompanyNames.parse(null, null)).isEqualTo(CompanyName.EMPTY);
    assertThat(CompanyNames.parse(" ?!- ", "US")).isEqualTo(CompanyName.EMPTY);
  }

  @Test
  void parse_shortLocalFormOnlyForItsCountry() {
    assertThat(CompanyNames.parse("Bank Central Asia Tbk", "ID").key()).isEqualTo("bank central asia");
    assertThat(CompanyNames.parse("Bank Central Asia Tbk", "US").key()).isEqualTo("bank central asia tbk");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      CORNING INC /NY        | CORNING INC
      ABC CORP /DE/          | ABC CORP
      Infosys Ltd/ADR        | Infosys Ltd
      Novo Nordisk A/S/ADR   | Novo Nordisk A/S
      Foo Inc./DE            | Foo Inc.
      FIRST BANCORP /PR/     | FIRST BANCORP
      Novo Nordisk A/S       | Novo Nordisk A/S
      AC/DC Ltd              | AC/DC Ltd
      DOXA AB (PUBL)         | DOXA AB
      Volvo Car AB (publ.)   | Volvo Car AB
      """)
  void withoutListingMarkers_stripsOnlyMarkers(String raw, String expected) {
    assertThat(CompanyNames.withoutListingMarkers(raw)).isEqualTo(expected);
  }

  /** Legal forms as written in the table: comma-separated, each in its canonical spelling ("pty ltd"). */
  private static List<String> words(String s) {
    return s == null || s.isBlank() ? List.of() : Arrays.asList(s.strip().split(", "));
  }
}
