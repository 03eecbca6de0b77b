package io.venn.normalize;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Websites and e-mail addresses to registrable domains, by the public suffix list that Guava
 * carries ({@link InternetDomainName#topPrivateDomain()}, private section included, so
 * "acme.github.io" is registrable and "github.io" is not).
 *
 * <p>Accepts URLs with any scheme, port, path, query or fragment, e-mail addresses, IDNs (converted
 * to punycode) and trailing dots: "https://www.shop.acme.co.uk/x", "info@acme.co.uk" and
 * "ACME.CO.UK." all give "acme.co.uk". Rejects free-mail providers, placeholders and pages on social
 * or hosting platforms (lists in the package's resources, each saying where it comes from).
 */
public final class Domains {
  private static final DomainList FREE_MAIL = DomainList.load("free-mail-domains.txt");
  private static final DomainList PLACEHOLDERS = DomainList.load("placeholder-domains.txt");
  private static final DomainList SOCIAL = DomainList.load("social-domains.txt");

  private Domains() {}

  /**
   * The registrable domain of a website or e-mail address, lower case, punycode for IDNs.
   *
   * @return ok("acme.co.uk"); rejected with {@link Reason#EMPTY}, {@link Reason#PLACEHOLDER_DOMAIN}
   *     (example.com, "n/a"), {@link Reason#FREE_MAIL_DOMAIN} (gmail.com, yahoo.fr), {@link
   *     Reason#SOCIAL_PROFILE_DOMAIN} (linkedin.com/company/acme) or {@link Reason#UNPARSEABLE_DOMAIN}
   *     (no public suffix, IP address, invalid characters)
   */
  public static Normalized registrable(String raw) {
    if (raw == null || raw.isBlank()) {
      return Normalized.rejected(Reason.EMPTY, raw);
    }
    String s = firstValue(raw.toLowerCase(Locale.ROOT));
    if (PLACEHOLDERS.containsValue(s)) {
      return Normalized.rejected(Reason.PLACEHOLDER_DOMAIN, raw);
    }
    if (s.startsWith("mailto:")) {
      s = s.substring(7);
    }
    int scheme = s.indexOf("://");
    s = scheme >= 0 ? s.substring(scheme + 3) : s.startsWith("//") ? s.substring(2) : s;
    int cut = endOfHost(s);
    boolean hasPage = cut < s.length() - 1 || (cut == s.length() - 1 && s.charAt(cut) != '/');
    String host = s.substring(0, cut);
    host = host.substring(host.lastIndexOf('@') + 1); // e-mail address or user info
    int colon = host.indexOf(':');
    host = trimDots(colon >= 0 ? host.substring(0, colon) : host);
    String ascii = TextFolding.isAscii(host) ? host : punycode(host);
    if (ascii == null || ascii.isEmpty()) {
      return Normalized.rejected(Reason.UNPARSEABLE_DOMAIN, raw);
    }
    if (PLACEHOLDERS.containsHost(ascii)) {
      return Normalized.rejected(Reason.PLACEHOLDER_DOMAIN, raw);
    }
    InternetDomainName name;
    try {
      name = InternetDomainName.from(ascii); // one parse; invalid input is the rare case
    } catch (IllegalArgumentException e) {
      return Normalized.rejected(Reason.UNPARSEABLE_DOMAIN, raw);
    }
    if (!name.isUnderPublicSuffix()) {
      return Normalized.rejected(Reason.UNPARSEABLE_DOMAIN, raw);
    }
    String registrable = name.topPrivateDomain().toString();
    if (FREE_MAIL.containsRegistrable(registrable)) {
      return Normalized.rejected(Reason.FREE_MAIL_DOMAIN, raw);
    }
    if (PLACEHOLDERS.containsRegistrable(registrable)) {
      return Normalized.rejected(Reason.PLACEHOLDER_DOMAIN, raw);
    }
    boolean subdomain = !ascii.equals(registrable) && !ascii.equals("www." + registrable);
    if ((hasPage || subdomain) && SOCIAL.containsRegistrable(registrable)) {
      return Normalized.rejected(Reason.SOCIAL_PROFILE_DOMAIN, raw);
    }
    return Normalized.ok(registrable);
  }

  /**
   * The registrable domain's label without its public suffix, by the suffix list (not the first dot):
   * "acme.co.uk" -> "acme", "sbi.bank.in" -> "sbi", "acme.github.io" -> "acme".
   *
   * @param registrable a registrable domain as returned by {@link #registrable(String)}: exactly one
   *     label above its public suffix
   */
  public static String label(String registrable) {
    int dot = registrable.indexOf('.');
    if (dot > 0 && dot == registrable.lastIndexOf('.') && dot < registrable.length() - 1) {
      // One label and a one-label suffix ("acme.com"): the suffix-list lookup below would give the same.
      return registrable.substring(0, dot);
    }
    try {
      InternetDomainName name = InternetDomainName.from(registrable);
      if (name.hasPublicSuffix() && !name.isPublicSuffix()) {
        String suffix = name.publicSuffix().toString();
        String above = registrable.substring(0, registrable.length() - suffix.length() - 1);
        return above.substring(above.lastIndexOf('.') + 1);
      }
    } catch (IllegalArgumentException e) {
      // not a domain name: fall back to the first label
    }
    return dot < 0 ? registrable : registrable.substring(0, dot);
  }

  /**
   * The host of a website below its registrable domain, without "www.": "https://investor.acme.com/x"
   * gives "investor.acme.com"; {@code null} when the host is the registrable domain or its www.
   *
   * @param registrable the value's registrable domain, as {@link #registrable} returned it
   */
  public static String site(String raw, String registrable) {
    String s = firstValue(raw.toLowerCase(Locale.ROOT));
    if (s.startsWith("mailto:")) {
      s = s.substring(7);
    }
    int scheme = s.indexOf("://");
    s = scheme >= 0 ? s.substring(scheme + 3) : s.startsWith("//") ? s.substring(2) : s;
    String host = s.substring(0, endOfHost(s));
    if (host.indexOf('@') >= 0) {
      return null; // an e-mail address names a domain, not a site
    }
    int colon = host.indexOf(':');
    host = trimDots(colon >= 0 ? host.substring(0, colon) : host);
    String ascii = TextFolding.isAscii(host) ? host : punycode(host);
    if (ascii == null || ascii.startsWith("www.")) {
      ascii = ascii == null ? null : ascii.substring(4);
    }
    return ascii == null || ascii.equals(registrable) || !ascii.endsWith("." + registrable) ? null : ascii;
  }

  /** The IDN in punycode ("münchen.de" -> "xn--mnchen-3ya.de"), or {@code null} when it is not a valid IDN. */
  private static String punycode(String host) {
    try {
      return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The first of several values ("acme.com; acme.de", "acme.com acme.de"). */
  private static String firstValue(String s) {
    String t = s.strip();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == ';' || Character.isWhitespace(c)) {
        return t.substring(0, i);
      }
    }
    return t;
  }

  private static int endOfHost(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '\\') {
        return i;
      }
    }
    return s.length();
  }

  private static String trimDots(String host) {
    int start = 0;
    int end = host.length();
    while (start < end && host.charAt(start) == '.') {
      start++;
    }
    while (end > start && host.charAt(end - 1) == '.') {
      end--;
    }
    return host.substring(start, end);
  }

  /**
   * One domain list file: whole values ("n/a"), registrable domains ("gmail.com"), labels under any
   * suffix ("yahoo.*") and top-level names (".test").
   */
  private record DomainList(Set<String> values, Set<String> labels, Set<String> tlds) {
    static DomainList load(String resource) {
      Set<String> values = new HashSet<>();
      Set<String> labels = new HashSet<>();
      Set<String> tlds = new HashSet<>();
      for (String line : Resources.lines(resource)) {
        String entry = line.toLowerCase(Locale.ROOT);
        if (entry.endsWith(".*")) {
          labels.add(entry.substring(0, entry.length() - 2));
        } else if (entry.startsWith(".")) {
          tlds.add(entry.substring(1));
        } else {
          values.add(entry);
        }
      }
      return new DomainList(Set.copyOf(values), Set.copyOf(labels), Set.copyOf(tlds));
    }

    boolean containsValue(String value) {
      return values.contains(value);
    }

    boolean containsHost(String host) {
      return values.contains(host) || tlds.contains(host.substring(host.lastIndexOf('.') + 1));
    }

    boolean containsRegistrable(String registrable) {
      return values.contains(registrable) || labels.contains(label(registrable));
    }
  }
}
