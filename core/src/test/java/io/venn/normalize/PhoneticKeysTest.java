package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticKeysTest {

  /**
   * One company's Latin name and its name written in another script (as CRM records of Israeli,
   * Saudi, Korean, Japanese, Thai and Greek companies carry them), whose consonant skeletons differ:
   * the phonetic keys agree.
   */
  @ParameterizedTest(name = "{0} / {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Unet Credit Finance Services Ltd   | IL | אנט כרדט פננס סרוסס בע"מ            | IL
      Samba Financial Group              | SA | شركة سمب فننسل گرپ                  | SA
      Mouwasat Medical Services Company  | SA | شركة موست مدكل سرڤسس                | SA
      Sakai Holdings Co., Ltd.           | JP | 株式会社サカイホールディングス       | JP
      Doosan Enerbility                  | KR | 두산에너빌리티                      | KR
      Athens Water Supply and Sewerage   | GR | ΑΘΕΝΣ ΒΑΤΕΡ ΣΥΠΠΛΥ ΑΝΔ ΣΕΒΕΡΑΓΕ      | GR
      """)
  void phoneticKey_nameInAnotherScript_agreesWithLatinName(String left, String leftCountry, String right, String rightCountry) {
    CompanyName l = CompanyNames.parse(left, leftCountry);
    CompanyName r = CompanyNames.parse(right, rightCountry);

    assertThat(l.phoneticKey()).as(l + " / " + r).isNotEmpty().isEqualTo(r.phoneticKey());
  }

  /** Real, different companies with long, similar names: their keys differ. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Samsung Electronics      | Samsung Electro-Mechanics
      Mitsui Chemicals         | Mitsui Fudosan
      Mitsubishi Electric      | Mitsubishi Estate
      National Bank of Greece  | National Bank of Canada
      Saudi Electricity        | Saudi Telecom
      Bank Leumi               | Bank Hapoalim
      """)
  void phoneticKey_differentCompanies_differ(String left, String right) {
    assertThat(CompanyNames.parse(left, null).phoneticKey()).isNotEqualTo(CompanyNames.parse(right, null).phoneticKey());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      Samba Financial Group   | smbnskb
      Unet Credit Finance     | ntktbns
      Unet Credit Finance Services | ntktbnsbs
      Athens Water Supply     | tnsbtsb
      Sony                    | ''
      Alinco                  | ''
      Schneider Electric      | sntktk
      Shneider Electric       | sntktk
      """)
  void phoneticKey_name_isConsonantClasses(String raw, String expected) {
    assertThat(CompanyNames.parse(raw, null).phoneticKey()).isEqualTo(expected);
  }

  /**
   * Over the real names of the bundled cleanco test list, few pairs of different names share a
   * phonetic key: coarse as it is, a key of five consonant classes or more is still rare.
   */
  @Test
  void phoneticKey_distinctRealNames_rarelyCollide() {
    List<String> keys = new ArrayList<>();
    for (String line : Resources.lines("cleanco_test_companies.csv")) {
      String key = CompanyNames.parse(line.split(";", 2)[0], null).phoneticKey();
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    long pairs = 0;
    long same = 0;
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        pairs++;
        same += keys.get(i).equals(keys.get(j)) ? 1 : 0;
      }
    }

    assertThat(keys).hasSizeGreaterThan(100);
    assertThat((double) same / pairs).isLessThan(0.001);
  }
}
