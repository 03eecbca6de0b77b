package io.venn.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers to E.164 with libphonenumber's numbering plans. Thread-safe. */
public final class Phones {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /** libphonenumber's "unknown region": only numbers in international form parse. */
  private static final String NO_REGION = "ZZ";

  private Phones() {}

  /**
   * The number in E.164 ("+14155550100"); extensions are dropped.
   *
   * @param raw as typed: "(415) 555-0100", "+44 20 7946 0958", "0049 89 1234567", "030 1234567 ext 12"
   * @param region the account's ISO alpha-2 country, used when the number has no country code; may
   *     be {@code null}, then only numbers starting with + (or the region's international prefix) parse
   * @return ok(E.164); rejected {@link Reason#EMPTY} when blank, {@link Reason#UNPARSEABLE_PHONE} when
   *     it cannot be parsed or is not a valid number of its country
   */
  public static Normalized e164(String raw, String region) {
    if (raw == null || raw.isBlank()) {
      return Normalized.rejected(Reason.EMPTY, raw);
    }
    try {
      PhoneNumber number = UTIL.parse(raw, region == null ? NO_REGION : region);
      if (!UTIL.isValidNumber(number)) {
        return Normalized.rejected(Reason.UNPARSEABLE_PHONE, raw);
      }
      return Normalized.ok(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Normalized.rejected(Reason.UNPARSEABLE_PHONE, raw);
    }
  }
}
