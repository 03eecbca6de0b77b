package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.read.Account;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BranchPlacesTest {

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Acme (France)              | Acme              | FR
      Acme (España)              | Acme              | ES
      Acme (USA)                 | Acme              | US
      Acme (DE)                  | Acme              | DE
      Acme - UK                  | Acme              | GB
      Acme – Deutschland         | Acme              | DE
      Acme GmbH (Deutschland)    | Acme GmbH         | DE
      Acme Corp. (Schweiz)       | Acme Corp.        | CH
      Acme (Holdings)            | Acme (Holdings)   | -
      Acme (de)                  | Acme (de)         | -
      Acme - IT                  | Acme - IT         | -
      Doxa AB (publ)             | Doxa AB (publ)    | -
      (France)                   | (France)          | -
      Coca-Cola - Japan          | Coca-Cola         | JP
      Givaudan SA [CH]           | Givaudan SA       | CH
      Acme [Holdings]            | Acme [Holdings]   | -
      Siemens (Thailand) Co., Ltd. | Siemens Co., Ltd. | TH
      Samsung Electronics (M) Sdn. Bhd. | Samsung Electronics Sdn. Bhd. | MY
      DBS Vickers (S) Pte Ltd    | DBS Vickers Pte Ltd | SG
      Acme (HK) Limited          | Acme Limited      | HK
      Toyota Motor (China) Investment Co., Ltd. | Toyota Motor (China) Investment Co., Ltd. | -
      Aquarius Engines (A.M) Ltd. | Aquarius Engines (A.M) Ltd. | -
      Acme (Shanghai) Co., Ltd.  | Acme (Shanghai) Co., Ltd. | -
      Henderson (NI) Ltd         | Henderson (NI) Ltd | -
      Foo (S) Ltd                | Foo (S) Ltd       | -
      Acme (Georgia) Inc         | Acme (Georgia) Inc | -
      & (UK) Ltd                 | & (UK) Ltd        | -
      """)
  void split_nameWithPlace_placeIsCountry(String raw, String name, String country) {
    BranchPlaces.Split split = BranchPlaces.split(raw);

    assertThat(split.name()).isEqualTo(name);
    assertThat(split.country()).isEqualTo(country);
  }

  /**
   * The place leaves the name and becomes the country; after the name it wins over a recorded
   * country (a branch label names the branch); before the legal form it leaves the name only for a
   * missing or equal country, else it stays a word ("Acme (UK) Ltd" and "Acme (Ireland) Ltd" in the US).
   */
  @ParameterizedTest(name = "{0} [{1}] -> {2} / {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Acme (France)              | -        | acme  | FR
      Acme (France)              | France   | acme  | FR
      Acme (France)              | USA      | acme  | FR
      Acme GmbH (Deutschland)    | -        | acme  | DE
      Acme                       | Belgium  | acme  | BE
      Siemens (Thailand) Co., Ltd. | -      | siemens | TH
      Narnia (Hong Kong) Company Limited | China | narnia hong kong | CN
      Acme (UK) Ltd              | USA      | acme uk | US
      Acme (UK) Ltd              | United Kingdom | acme | GB
      """)
  void normalize_branchLabel_setsCountry(String raw, String recorded, String key, String country) {
    Account a = new Account("1", raw, null, recorded, null, null, null, null, "Customers", Map.of(), 2);

    CanonicalAccount c = AccountNormalizer.standard().normalize(a);

    assertThat(c.name().key()).isEqualTo(key);
    assertThat(c.country()).isEqualTo(country);
  }
}
