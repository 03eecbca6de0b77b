package io.venn.bench.peer;

import com.google.common.net.InternetDomainName;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.priv.garshol.duke.Cleaner;

/**
 * The cleaners a careful Duke user would configure for company records: what Duke's own
 * {@code LowerCaseNormalizeCleaner} does plus legal-form stripping for names, the registrable domain
 * for websites (Guava's public suffix list, the same list Venn uses) and ISO codes for countries. Duke
 * ships no such cleaners; giving it good ones keeps the comparison about matching, not cleaning.
 */
final class DukeCleaners {
  private static final Set<String> LEGAL_FORMS = Set.of(
      "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "ag", "sa",
      "nv", "bv", "se", "gmbh", "spa", "ab", "publ", "asa", "oyj", "as", "bhd", "berhad", "tbk", "pt", "pty",
      "proprietary", "kgaa", "sab", "cv", "srl", "sarl", "sas", "pcl", "jsc", "pjsc", "kk");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Map<String, String> COUNTRIES = new HashMap<>();

  static {
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      COUNTRIES.put(fold(l.getDisplayCountry(Locale.ENGLISH)), cc);
      COUNTRIES.put(fold(cc), cc);
      try {
        COUNTRIES.put(fold(l.getISO3Country()), cc);
      } catch (java.util.MissingResourceException ignored) {
        // a code without alpha-3: its name and alpha-2 are enough
      }
    }
    String[][] aliases = {
      {"usa", "US"}, {"u s", "US"}, {"u s a", "US"}, {"united states of america", "US"}, {"uk", "GB"},
      {"u k", "GB"}, {"great britain", "GB"}, {"deutschland", "DE"}, {"korea republic of", "KR"},
      {"republic of korea", "KR"}, {"korea south", "KR"}, {"people s republic of china", "CN"}, {"prc", "CN"},
      {"the netherlands", "NL"}, {"holland", "NL"}, {"russian federation", "RU"}, {"hong kong", "HK"},
      {"hong kong sar", "HK"}, {"schweiz", "CH"}, {"uae", "AE"}, {"u a e", "AE"}, {"czech republic", "CZ"},
      {"viet nam", "VN"}, {"ivory coast", "CI"}, {"cote d ivoire", "CI"}, {"macau", "MO"}, {"macao", "MO"},
      {"macedonia", "MK"}};
    for (String[] a : aliases) {
      COUNTRIES.put(a[0], a[1]);
    }
  }

  private DukeCleaners() {}

  /** Lower case, accents and punctuation removed, "&" as "and", legal forms and a leading "the" dropped. */
  static final Cleaner NAME = value -> {
    String[] words = fold(value.replace("&", " and ")).split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty() || LEGAL_FORMS.contains(w) || (i == 0 && w.equals("the"))) {
        continue;
      }
      sb.append(sb.length() == 0 ? "" : " ").append(w);
    }
    return sb.length() == 0 ? null : sb.toString();
  };

  /** The registrable domain of a URL or e-mail address ("https://shop.acme.co.uk/x" -> "acme.co.uk"). */
  static final Cleaner DOMAIN = value -> {
    String v = value.trim().toLowerCase(Locale.ROOT);
    int at = v.lastIndexOf('@');
    if (at >= 0) {
      v = v.substring(at + 1);
    }
    v = v.replaceFirst("^[a-z]+://", "");
    v = v.split("[/?#:]", 2)[0];
    try {
      InternetDomainName d = InternetDomainName.from(v);
      return d.isUnderPublicSuffix() ? d.topPrivateDomain().toString() : v;
    } catch (IllegalArgumentException e) {
      return v.isEmpty() ? null : v;
    }
  };

  /** ISO 3166 alpha-2 for names, codes and common aliases; the folded value when unknown. */
  static final Cleaner COUNTRY = value -> {
    String f = fold(value);
    return f.isEmpty() ? null : COUNTRIES.getOrDefault(f, f);
  };

  /** Duke's LowerCaseNormalizeCleaner with accents stripped, as a lambda. */
  static final Cleaner CITY = value -> {
    String f = fold(value);
    return f.isEmpty() ? null : f;
  };

  static String fold(String s) {
    String ascii = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}
