package io.venn.normalize;

import io.venn.read.Account;
import java.util.function.BiConsumer;

/**
 * Normalizes every field of an account into a {@link CanonicalAccount}. The country goes first: it
 * is the default region of the phone number and tells which country-specific legal forms to remove
 * from the name. A country named after the name ("Acme (France)", see {@link BranchPlaces}) is
 * removed from the name and becomes the account's country. Thread-safe; remembers the normalized
 * form of repeating fields (countries, cities, regions) for as long as it lives, so callers hold one
 * per list or run, never one for the whole process: a service would otherwise keep every list's
 * place names after the list is deleted.
 */
public final class AccountNormalizer {
  /** Entries kept per memo: far more than the countries, cities or regions of any list, small in memory. */
  private static final int MEMO_LIMIT = 1 << 16;

  // Countries, cities and regions repeat across a list: fold each distinct value once.
  private final Memo countries = new Memo(Countries::iso2, MEMO_LIMIT);
  private final Memo cities = new Memo(Places::city, MEMO_LIMIT);
  // Kanji cities read in Japanese (池田市 "ikeda") in Japan, the one country whose records read Han
  // differently (JapaneseReadings); elsewhere a city folds alike whatever the country.
  private final Memo japaneseCities = new Memo(raw -> Places.city(raw, "JP"), MEMO_LIMIT);
  // US cities keep their "City" ("Kansas City" is not Kansas); elsewhere "Makati City" is Makati.
  private final Memo usCities = new Memo(raw -> Places.city(raw, "US"), MEMO_LIMIT);
  private final Memo regions = new Memo(Places::fold, MEMO_LIMIT);

  private AccountNormalizer() {}

  /**
   * A normalizer with Venn's standard rules: {@link CompanyNames}, {@link Domains}, {@link
   * Countries}, {@link Phones}, {@link Registrations}, {@link Places}; a new one, with its own memo,
   * on each call.
   */
  public static AccountNormalizer standard() {
    return new AccountNormalizer();
  }

  /** Normalizes the account, silently treating unusable fields as missing. */
  public CanonicalAccount normalize(Account a) {
    return normalize(a, (field, rejected) -> {});
  }

  /**
   * Normalizes the account.
   *
   * @param onRejected told of each field that was present but could not be normalized (field name as
   *     in {@link io.venn.read.Field#key()}, outcome with reason and raw value); the field is then
   *     treated as missing
   */
  public CanonicalAccount normalize(Account a, BiConsumer<String, Normalized> onRejected) {
    String recorded = keep("country", a.country(), countries.apply(a.country()), onRejected);
    // "Acme (France) (Duplicate)": the CRM user's note is not part of the name (CrmNotes), nor is the
    // place, a branch label. A label after the name wins over the record's country when they differ:
    // CRMs often carry the parent's or billing country on every branch, while the label names where
    // this branch is. A place before the legal form ("Siemens (Thailand) Co., Ltd.") leaves the name
    // only when the record has no country or the same one; else it stays a word of the name, which
    // keeps "Acme (UK) Ltd" and "Acme (Ireland) Ltd" recorded in the US apart.
    String noted = a.name() == null ? null : CrmNotes.strip(a.name());
    BranchPlaces.Split split = noted == null ? new BranchPlaces.Split(null, null) : BranchPlaces.split(noted);
    if (!split.overrides() && split.country() != null && recorded != null && !recorded.equals(split.country())) {
      split = new BranchPlaces.Split(noted, null);
    }
    String country = split.country() != null ? split.country() : recorded;
    CompanyName name = SeatAfterForm.parse(split.name(), country); // "NIS a.d. Novi Sad": the seat goes
    if (a.name() != null && name.isEmpty()) {
      onRejected.accept("name", Normalized.rejected(Reason.NO_NAME_LEFT, a.name()));
    }
    String domain = keep("domain", a.domain(), Domains.registrable(a.domain(), name), onRejected);
    return new CanonicalAccount(
        a.id(),
        a.population(),
        name,
        domain,
        country,
        keep("city", a.city(), ("JP".equals(country) ? japaneseCities : "US".equals(country) ? usCities : cities).apply(a.city()), onRejected),
        keep("state", a.state(), regions.apply(a.state()), onRejected),
        keep("phone", a.phone(), Phones.e164(a.phone(), recorded), onRejected), // the record's own region
        keep("registration", a.registration(), Registrations.normalize(a.registration()), onRejected),
        domain == null ? null : Domains.site(a.domain(), domain));
  }

  /** The value, or null; a present raw value that was rejected is reported. */
  private static String keep(String field, String raw, Normalized outcome, BiConsumer<String, Normalized> onRejected) {
    if (!outcome.isOk() && raw != null && !raw.isBlank()) {
      onRejected.accept(field, outcome);
    }
    return outcome.orNull();
  }
}
