package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Designators of 50 countries as written in names there, each removed using the bundled data files.
 * The gaps of the public sources (Hepburn "Kabushiki Kaisha", GLEIF spells it "kabusikigaisya";
 * Luxembourg's "S.à r.l."; Thai "Public Company Limited") come from venn_additions.tsv.
 */
class LegalFormsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      US | Acme Holdings, L.L.C.               | acme holdings
      US | Acme Corporation                    | acme
      GB | Acme Widgets Public Limited Company | acme widgets
      GB | Acme (UK) Limited                   | acme uk
      DE | Acme Maschinenbau GmbH              | acme maschinenbau
      DE | Acme Verwaltungs-GmbH & Co. KG      | acme verwaltungs
      AT | Acme Handels GesmbH                 | acme handels
      CH | Acme Schweiz AG                     | acme schweiz
      FR | Acme France S.A.R.L.                | acme france
      FR | Acme Services SAS                   | acme services
      NL | Acme Nederland B.V.                 | acme nederland
      BE | Acme Belgium SPRL                   | acme belgium
      IT | Acme Italia S.r.l.                  | acme italia
      ES | Acme Iberia, S.L.                   | acme iberia
      PT | Acme Portugal, Lda.                 | acme portugal
      JP | トヨタ自動車株式会社                   | toyota jidosha
      JP | Acme Japan K.K.                     | acme japan
      AU | Acme Australia Pty. Ltd.            | acme australia
      ZA | Acme South Africa (Pty) Ltd         | acme south africa
      IN | Acme India Private Limited          | acme india
      BR | Acme do Brasil Ltda.                | acme do brasil
      MX | Acme Mexico, S.A. de C.V.           | acme mexico
      AR | Acme Argentina S.R.L.               | acme argentina
      CL | Acme Chile SpA                      | acme chile
      ID | PT Acme Indonesia                   | acme indonesia
      ID | CV Acme Jaya                        | acme jaya
      ID | PT Acme Indonesia (Persero) Tbk     | acme indonesia
      SE | Acme Sverige Aktiebolag             | acme sverige
      NO | Acme Norge AS                       | acme norge
      DK | Acme Danmark ApS                    | acme danmark
      FI | Acme Suomi Oy                       | acme suomi
      PL | Acme Polska Sp. z o.o.              | acme polska
      CZ | Acme Česko s.r.o.                   | acme cesko
      HU | Acme Magyarország Kft.              | acme magyarorszag
      RO | Acme Romania S.R.L.                 | acme romania
      RU | ООО «Акме»                          | akme
      UA | ТОВ Акме                            | akme
      TR | Acme Türkiye A.Ş.                   | acme turkiye
      GR | Acme Hellas A.E.                    | acme hellas
      MY | Acme Malaysia Sdn. Bhd.             | acme malaysia
      SG | Acme Singapore Pte. Ltd.            | acme singapore
      CN | 深圳市腾讯计算机系统有限公司            | shenzhen tengxun computer systems
      CN | 比亚迪股份有限公司                    | biyadi
      -  | 阿里巴巴集团控股有限公司               | alibaba group holdings
      KR | Acme Korea Co., Ltd.                | acme korea
      LU | Acme Luxembourg SARL                | acme luxembourg
      LU | Acme Fund SICAV                     | acme fund
      HR | Acme Hrvatska d.o.o.                | acme hrvatska
      BG | Acme Bulgaria EOOD                  | acme bulgaria
      EE | Acme Eesti OÜ                       | acme eesti
      LV | SIA Acme Latvija                    | acme latvija
      LT | UAB Acme Lietuva                    | acme lietuva
      IE | Acme Ireland DAC                    | acme ireland
      JP | Acme Kabushiki Kaisha               | acme
      JP | Sony Kabushikigaisha                | sony
      -  | Nintendo Kabushiki Kaisha           | nintendo
      JP | ソニー株式会社                         | soni
      -  | 株式会社カワベ                         | kawabe
      -  | (株)日立製作所                         | hitachi seisaku sho
      -  | ㈱日立製作所                           | hitachi seisaku sho
      -  | （株）日立製作所                       | hitachi seisaku sho
      -  | 日立製作所(株)                         | hitachi seisaku sho
      -  | (有)山田商店                           | yamada shoten
      -  | Kabushiki Kaisha Toshiba              | toshiba
      -  | (주)카카오                             | kakao
      -  | ㈜카카오                               | kakao
      -  | 카카오(주)                             | kakao
      -  | Kakao ㈜                              | kakao
      JP | 優和産業                               | yu wa sangyo
      LU | Acme Luxembourg S.à r.l.            | acme luxembourg
      LU | Acme S. à r. l.                     | acme
      TH | Bangkok Bank Public Company Limited | bangkok bank
      TH | PTT Public Co., Ltd.                | ptt
      TH | Siam Cement PCL                     | siam cement
      """)
  void parse_legalFormOfCountry_isRemoved(String country, String raw, String expected) {
    assertThat(CompanyNames.parse(raw, country).key()).isEqualTo(expected);
  }

  /** Every leading form of leading-forms.txt is a known alias once every script's aliases are read. */
  @org.junit.jupiter.api.Test
  void get_everyScript_knowsEveryLeadingForm() {
    java.util.Set<Romanizer.Script> all = java.util.EnumSet.allOf(Romanizer.Script.class);
    all.remove(Romanizer.Script.LATIN);

    assertThat(LegalForms.get(all)).isNotNull(); // the constructor throws on an unknown leading form
  }
}
