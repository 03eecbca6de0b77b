package io.venn.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariationsTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Aalberts N.V.;Aalberts",
    "Tandem Diabetes Care, Inc.;Tandem Diabetes Care",
    "Shinil Electronics Co.,Ltd;Shinil Electronics",
    "Hoshine Silicon Industry Co., Ltd.;Hoshine Silicon Industry",
    "Nordic Iron Ore AB (publ);Nordic Iron Ore",
    "Intuit Inc.;Intuit",
    "Archer-Daniels-Midland Company;Archer-Daniels-Midland",
    "Roche;Roche"})
  void stem_removesTrailingLegalForm(String name, String stem) {
    assertThat(LegalForms.stem(name)).isEqualTo(stem);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "http://www.aalberts.com;aalberts.com;aalberts.com;aalberts",
    "https://group.mercedes-benz.com/en/;group.mercedes-benz.com;mercedes-benz.com;mercedes-benz",
    "http://corporate.dominos.co.uk;corporate.dominos.co.uk;dominos.co.uk;dominos",
    "HTTPS://WWW2.ACME.DE:443/x?y;acme.de;acme.de;acme"})
  void websites_hostRegistrableLabel(String url, String host, String registrable, String label) {
    assertThat(Websites.host(url)).isEqualTo(host);
    assertThat(Websites.registrable(host)).isEqualTo(registrable);
    assertThat(Websites.label(host)).isEqualTo(label);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "Siemens Aktiengesellschaft;7",
    "International Business Machines Corp.;11",
    "Société Générale S.A.;3"})
  void typo_changesOneLongWordByOneEdit(String name, long seed) {
    String varied = NameVariations.apply(VariationKind.TYPO, name, "US", new SplittableRandom(seed));
    assertThat(varied).isNotEqualTo(name);
    String[] a = name.split(" ");
    String[] b = varied.split(" ");
    assertThat(b).hasSameSizeAs(a);
    int changed = 0;
    for (int i = 0; i < a.length; i++) {
      if (!a[i].equals(b[i])) {
        changed++;
        assertThat(a[i].length()).isGreaterThanOrEqualTo(6);
        assertThat(Math.abs(a[i].length() - b[i].length())).isLessThanOrEqualTo(1);
        assertThat(b[i].charAt(0)).isEqualTo(a[i].charAt(0));
      }
    }
    assertThat(changed).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "ABBREVIATION;Acme International Holdings Ltd;Acme Intl Holdings Ltd",
    "ABBREVIATION;Acme Intl Ltd;Acme International Ltd",
    "WORD_DROP;Rectifier Technologies Limited;Rectifier Limited",
    "THE_PREFIX;The Kroger Co.;Kroger Co.",
    "THE_PREFIX;Kroger Co.;The Kroger Co.",
    "AMPERSAND;Johnson & Johnson;Johnson and Johnson",
    "DIACRITICS;Nestlé S.A.;Nestle S.A."})
  void nameVariation_examples(VariationKind kind, String name, String expected) {
    assertThat(NameVariations.apply(kind, name, "US", new SplittableRandom(1))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"WORD_DROP;Holdings Group", "WORD_DROP;Acme Zeta Ltd", "AMPERSAND;Acme Ltd", "ABBREVIATION;Acme Ltd"})
  void nameVariation_notApplicable(VariationKind kind, String name) {
    assertThat(NameVariations.apply(kind, name, "US", new SplittableRandom(1))).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "http://www.acme.com;Germany;www.acme.de",
    "http://www.acme.com;United Kingdom;www.acme.co.uk",
    "http://www.acme.co.uk;United Kingdom;www.acme.com"})
  void regionalTld_keepsTheLabel(String website, String country, String expected) {
    Draft d = new Draft(new Company("Acme Ltd", website, country, null));
    assertThat(Websites.apply(VariationKind.REGIONAL_TLD, d, new SplittableRandom(1))).isEqualTo(expected);
  }
}
