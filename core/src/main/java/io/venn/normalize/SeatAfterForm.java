package io.venn.normalize;

import java.util.Set;

/**
 * A company's seat written after its legal form, as the registries of the former Yugoslavia name
 * companies: "Telekom Srbija a.d. Beograd", "NIS a.d. Novi Sad", "Hemofarm A.D. Vršac",
 * "Podravka d.d. Koprivnica". The seat is part of the registered name there and missing from the
 * name an English-language CRM writes ("Telekom Srbija"); left in, it kept the legal form from being
 * read ("sad" of Novi Sad was taken for one). Only in those countries: elsewhere a word after the
 * form is as often the name's ("Silver Mines Ltd., Sydney" is written so on both sides of a pair in
 * accuracy:odd, one side without a city field, and cutting it off one side cost that match).
 */
final class SeatAfterForm {
  /** Serbia, Croatia, Bosnia and Herzegovina, Montenegro, North Macedonia, Slovenia. */
  static final Set<String> COUNTRIES = Set.of("RS", "HR", "BA", "ME", "MK", "SI");

  /**
   * The forms registries there write before the seat, as name words while the seat follows them
   * (a.d., d.d., d.o.o., DOOEL): only a name holding one is parsed again, once per seat length.
   */
  private static final Set<String> FORM_WORDS = Set.of("ad", "dd", "doo", "dooel");

  /** A seat's words: "Beograd", "Novi Sad", "Banja Luka", "Nova Gorica". */
  private static final int MAX_SEAT_WORDS = 2;

  private SeatAfterForm() {}

  /**
   * The name as {@link CompanyNames#parse} reads it, without the one or two words after its last
   * legal form in the {@link #COUNTRIES}.
   *
   * @param name the name (may be null)
   * @param country ISO alpha-2 or null, as {@link CompanyNames#parse} takes it
   */
  static CompanyName parse(String name, String country) {
    CompanyName whole = CompanyNames.parse(name, country);
    if (name == null || country == null || !COUNTRIES.contains(country)
        || whole.tokens().stream().noneMatch(FORM_WORDS::contains)) {
      return whole;
    }
    String n = name.strip();
    int cut = n.length();
    for (int words = 1; words <= MAX_SEAT_WORDS; words++) {
      cut = n.lastIndexOf(' ', cut - 1);
      if (cut <= 0) {
        break;
      }
      CompanyName before = CompanyNames.parse(n.substring(0, cut), country);
      if (!before.isEmpty() && !before.legalForms().isEmpty() && !before.legalForms().equals(whole.legalForms())) {
        return before;
      }
    }
    return whole;
  }
}
