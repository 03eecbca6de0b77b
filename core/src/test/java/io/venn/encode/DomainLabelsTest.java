package io.venn.encode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainLabelsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      acme.co.uk          | acme
      sbi.bank.in         | sbi
      acme.com            | acme
      global.toyota       | toyota
      home.barclays       | barclays
      group.bnpparibas    | bnpparibas
      group.softbank      | softbank
      corporate.epson     | epson
      camber.energy       | camber
      usgoldcorp.gold     | usgoldcorp
      greenyard.group     | greenyard
      a1.group            | a1
      calix.global        | calix
      global.com          | global
      global.co.uk        | global
      nissan-global.com   | nissan
      online-asseco.fi    | onlineasseco
      acme-global-online.com | acmeglobal
      mercedes-benz.com   | mercedesbenz
      mercedesbenz.de     | mercedesbenz
      kisco-holdings.co.kr | kiscoholdings
      libertyglobal.com   | libertyglobal
      global-online.com   | global
      db.com              | db
      www.toyota          | toyota
      home.online         | home
      group.global        | group
      global.xn--p1ai     | global
      """)
  void of_isTheBrandOnItsOwnTopLevelDomain_elseTheLabelWithoutHyphensOrAHyphenatedGlobal(String registrable, String expected) {
    assertThat(DomainLabels.of(registrable)).isEqualTo(expected);
  }

  /** A group word glued to the brand: the brand, so the group's site can meet the brand's (when the names agree). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      legrandgroup     | legrand
      grupobancolombia | bancolombia
      arcelikglobal    | arcelik
      oetkergruppe     | oetker
      groupeadp        | adp
      hkexgroup        | hkex
      libertyglobal    | liberty
      """)
  void groupStem_isTheBrand(String label, String brand) {
    assertThat(DomainLabels.groupStem(label)).isEqualTo(brand);
  }

  @Test
  void groupStem_none_whenNoGroupWordOrTooLittleIsLeft() {
    assertThat(DomainLabels.groupStem("kiscoholdings")).as("holdings names another company").isNull();
    assertThat(DomainLabels.groupStem("mitanicorp")).isNull();
    assertThat(DomainLabels.groupStem("legrand")).isNull();
    assertThat(DomainLabels.groupStem("abgroup")).isNull();
    assertThat(DomainLabels.groupStem("group")).isNull();
  }
}
