package io.venn.normalize;

import io.venn.read.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Normalizes every field of an account. PLACEHOLDER: the real field normalizers (names with legal
 * forms, public-suffix domains, countries, phones, registration ids) replace this body.
 */
public final class AccountNormalizer {
  private AccountNormalizer() {}

  public static AccountNormalizer standard() {
    return new AccountNormalizer();
  }

  public CanonicalAccount normalize(Account a) {
    return normalize(a, (field, rejected) -> {});
  }

  /**
   * @param onRejected told of each field that was present but could not be normalized (field name,
   *     outcome with reason and raw value); the field is then treated as missing
   */
  public CanonicalAccount normalize(Account a, BiConsumer<String, Normalized> onRejected) {
    List<String> tokens = new ArrayList<>();
    if (a.name() != null) {
      for (String t : a.name().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
        if (!t.isEmpty()) {
          tokens.add(t);
        }
      }
    }
    String domain = a.domain() == null ? null : a.domain().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/.*$", "");
    String country = a.country() == null ? null : a.country().toUpperCase(Locale.ROOT);
    String city = a.city() == null ? null : a.city().toLowerCase(Locale.ROOT);
    return new CanonicalAccount(
        a.id(), a.population(), new CompanyName(tokens, List.of()), domain, country, city, a.state(), a.phone(), a.registration());
  }
}
