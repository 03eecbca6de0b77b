package io.venn.encode;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.normalize.CompanyName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainLabelsTest {
  @ParameterizedTest(name = "{0} for \"{1}\" -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      acme.co.uk        | acme              | acme
      sbi.bank.in       | state bank of india | statebankofindia
      acme.com          | acme              | acme
      global.toyota     | toyota motor      | toyota
      home.barclays     | barclays          | barclays
      group.bnpparibas  | bnp paribas       | bnpparibas
      group.softbank    | softbank group    | softbank
      global.canon      | kiyanon           | canon
      camber.energy     | camber energy     | camber
      usgoldcorp.gold   | us gold corp      | usgoldcorp
      greenyard.group   | greenyard         | greenyard
      a1.group          | telekom austria   | a1
      calix.global      | calix             | calix
      global.energy     | nordic power      | energy
      nissan-global.com | nissan motor      | nissan
      mercedes-benz.com | mercedes benz group | mercedesbenz
      mercedesbenz.de   | mercedes benz     | mercedesbenz
      kiscoholdings.co.kr | kisco holdings  | kiscoholdings
      mitani-corp.co.jp | mitani            | mitanicorp
      theatro.com       | theatro           | theatro
      db.com            | deutsche bank     | deutschebank
      db.de             | deutsche bahn     | deutschebahn
      deutsche-bank.de  | deutsche bank     | deutschebank
      ibm.com           | ibm               | ibm
      """)
  void of_isTheBrandOnItsOwnTopLevelDomain_elseTheLabelWithoutHyphensOrAGlobalSuffix(String registrable, String name, String expected) {
    CompanyName words = new CompanyName(Arrays.asList(name.split(" ")), List.of());
    assertThat(DomainLabels.of(registrable, words)).isEqualTo(expected);
  }
}
