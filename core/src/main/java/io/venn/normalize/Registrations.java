package io.venn.normalize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registration ids to a namespaced canonical form: "duns:" + 9 digits, "lei:" + 20 characters
 * (ISO 17442, checksum verified), or "reg:" + the id's letters and digits in upper case.
 */
public final class Registrations {
  private static final int DUNS_DIGITS = 9;
  private static final int LEI_LENGTH = 20;
  /** "DUNS", "D-U-N-S Number", "DUNS No." then digits only, after dropping everything but letters and digits. */
  private static final Pattern LABELLED_DUNS = Pattern.compile("DUNS(?:NUMBER|NO|NR)?([0-9]*)");
  /** "LEI", "LEI code", "LEI:" as a word at the start. */
  private static final Pattern LABELLED_LEI =
      Pattern.compile("\\s*LEI(?:\\s*code)?(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);

  private Registrations() {}

  /**
   * @param raw as exported: "15-048-3782", "DUNS 150483782", "LEI: 5493001KJTIIGC8Y1R12", "HRB 86891"
   * @return ok("duns:150483782"), ok("lei:5493001KJTIIGC8Y1R12"), ok("reg:HRB86891"); rejected
   *     {@link Reason#INVALID_DUNS} for a value labelled DUNS without 9 digits, {@link
   *     Reason#INVALID_LEI} for a value labelled LEI, or shaped like one (18 letters or digits then 2
   *     digits), whose checksum fails; {@link Reason#EMPTY} when blank; {@link
   *     Reason#UNRECOGNISED_REGISTRATION} when it has no letter or digit
   */
  public static Normalized normalize(String raw) {
    if (raw == null || raw.isBlank()) {
      return Normalized.rejected(Reason.EMPTY, raw);
    }
    String id = alphanumericUpper(raw);
    Matcher duns = LABELLED_DUNS.matcher(id);
    if (duns.matches()) {
      String digits = duns.group(1);
      return digits.length() == DUNS_DIGITS
          ? Normalized.ok("duns:" + digits)
          : Normalized.rejected(Reason.INVALID_DUNS, raw);
    }
    Matcher lei = LABELLED_LEI.matcher(raw);
    if (lei.lookingAt()) {
      return lei(alphanumericUpper(raw.substring(lei.end())), raw);
    }
    if (id.length() == DUNS_DIGITS && isDigits(id)) {
      return Normalized.ok("duns:" + id);
    }
    if (id.length() == LEI_LENGTH && isDigits(id.substring(LEI_LENGTH - 2))) {
      return lei(id, raw);
    }
    if (id.isEmpty()) {
      return Normalized.rejected(Reason.UNRECOGNISED_REGISTRATION, raw);
    }
    return Normalized.ok("reg:" + id);
  }

  private static Normalized lei(String code, String raw) {
    return isValidLei(code) ? Normalized.ok("lei:" + code) : Normalized.rejected(Reason.INVALID_LEI, raw);
  }

  /** ISO 17442 check: letters as 10..35, the whole number mod 97 == 1 (ISO 7064 MOD 97-10). */
  static boolean isValidLei(String code) {
    if (code.length() != LEI_LENGTH) {
      return false;
    }
    int remainder = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      int value;
      if (c >= '0' && c <= '9') {
        value = c - '0';
        remainder = (remainder * 10 + value) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        value = c - 'A' + 10;
        remainder = (remainder * 100 + value) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }

  private static String alphanumericUpper(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    String s = raw.toUpperCase(Locale.ROOT);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
