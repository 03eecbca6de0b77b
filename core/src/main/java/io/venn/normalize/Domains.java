package io.venn.normalize;

import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import java.net.IDN;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Websites and e-mail addresses to registrable domains, by the public suffix list that Guava
 * carries (its {@code InternetDomainName#topPrivateDomain()}, private section included, so
 * "acme.github.io" is registrable and "github.io" is not).
 *
 * <p>Accepts URLs with any scheme, port, path, query or fragment, e-mail addresses, IDNs (converted
 * to punycode) and trailing dots: "https://www.shop.acme.co.uk/x", "info@acme.co.uk" and
 * "ACME.CO.UK." all give "acme.co.uk". Rejects free-mail providers, placeholders and pages on social
 * or hosting platforms; a customer's subdomain of a site builder is its site ("acme.wordpress.com",
 * as the suffix list makes "acme.myshopify.com"). Lists in the package's resources, each saying
 * where it comes from.
 */
public final class Domains {
  private static final DomainList FREE_MAIL = DomainList.load("free-mail-domains.txt");
  private static final DomainList PLACEHOLDERS = DomainList.load("placeholder-domains.txt");
  private static final DomainList SOCIAL = DomainList.load("social-domains.txt");
  private static final DomainList HOSTED = DomainList.load("hosted-site-domains.txt");

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
    return registrable(raw, CompanyName.EMPTY);
  }

  /**
   * As {@link #registrable(String)}, but a free-mail provider's domain is the record's own website
   * when the record is that provider: "Naver Corp." at naver.com, "Zoho Corporation" at zoho.com,
   * "Virgin Media" at virginmedia.com (the name starts with the domain's label, not a common word:
   * "Royal Mail Group" or "Live Nation" staff at mail.com or live.com stay free mail). Without this
   * such companies lost their strongest key.
   *
   * @param name the record's name
   */
  public static Normalized registrable(String raw, CompanyName name) {
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
    s = withoutScheme(s);
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
    String registrable = topPrivateDomain(ascii);
    if (registrable == null) {
      return Normalized.rejected(Reason.UNPARSEABLE_DOMAIN, raw);
    }
    if (FREE_MAIL.containsRegistrable(registrable) && !isProvider(label(registrable), name)) {
      return Normalized.rejected(Reason.FREE_MAIL_DOMAIN, raw);
    }
    if (PLACEHOLDERS.containsRegistrable(registrable)) {
      return Normalized.rejected(Reason.PLACEHOLDER_DOMAIN, raw);
    }
    boolean subdomain = !ascii.equals(registrable) && !ascii.equals("www." + registrable);
    if (subdomain && HOSTED.containsRegistrable(registrable)) {
      String customer = customerLabel(ascii, registrable);
      if (customer != null) {
        return Normalized.ok(customer + "." + registrable); // "acme.squarespace.com": the customer's site
      }
    }
    if ((hasPage || subdomain) && SOCIAL.containsRegistrable(registrable)) {
      return Normalized.rejected(Reason.SOCIAL_PROFILE_DOMAIN, raw);
    }
    return Normalized.ok(registrable);
  }

  /**
   * The customer's own label on a hosting domain: "acme" of "acme.squarespace.com" or
   * "www.acme.squarespace.com"; null for a deeper host ("acme.files.wordpress.com", a file every
   * customer's pages link to) or one of the platform's own hosts ("static1", "support", "en").
   */
  private static String customerLabel(String host, String registrable) {
    String below = host.substring(0, host.length() - registrable.length() - 1);
    if (below.startsWith("www.")) {
      below = below.substring(4);
    }
    return below.isEmpty() || below.indexOf('.') >= 0 || PLATFORM_HOSTS.matcher(below).matches() ? null : below;
  }

  /** Hosts a site builder keeps for itself: its www, languages, help, files and static content. */
  private static final java.util.regex.Pattern PLATFORM_HOSTS = java.util.regex.Pattern.compile(
      "www|[a-z]{2}|support|help|docs|status|blog|files|static\\d*|images?\\d*|media|cdn\\d*|assets|api|app|login|accounts?|developers?");

  /**
   * The registrable domain's label without its public suffix, by the suffix list (not the first dot
   * of any host): "acme.co.uk" -> "acme", "sbi.bank.in" -> "sbi", "acme.github.io" -> "acme".
   *
   * @param registrable a registrable domain as returned by {@link #registrable(String)}: exactly one
   *     label above its public suffix, so that label is its first (the suffix list was applied when
   *     {@link #registrable} cut it; parsing it again here cost three suffix-list look-ups per record)
   */
  public static String label(String registrable) {
    int dot = registrable.indexOf('.');
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
    s = withoutScheme(s);
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

  /** Guava's limits: a name of at most 253 characters and 127 labels, a label of at most 63. */
  private static final int MAX_LENGTH = 253;
  private static final int MAX_LABELS = 127;
  private static final int MAX_LABEL_LENGTH = 63;

  /**
   * The registrable domain of a lower-case ASCII host (as {@link #registrable} has it), by Guava's
   * public suffix trie: exactly {@code InternetDomainName.from(host).topPrivateDomain()}, or {@code
   * null} where that throws or the host is not under a public suffix (DomainsTest compares the two on many hosts). Why not call Guava:
   * its parse (dot matchers, splitter, immutable lists, per-label matchers) was half of this class's
   * cost and among the larger C2 compilations; the suffix look-up itself is the same trie.
   */
  static String topPrivateDomain(String host) {
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (name.length() > MAX_LENGTH) {
      return null;
    }
    List<String> labels = new ArrayList<>(4);
    int start = 0;
    while (true) {
      int dot = name.indexOf('.', start);
      int end = dot < 0 ? name.length() : dot;
      if (labels.size() == MAX_LABELS || !validLabel(name, start, end, dot < 0)) {
        return null;
      }
      labels.add(name.substring(start, end));
      if (dot < 0) {
        break;
      }
      start = dot + 1;
    }
    int suffix = PublicSuffixPatterns.TRIE.findSuffixIndex(labels);
    if (suffix <= 0) {
      return null; // no public suffix, or the host is one
    }
    int offset = 0;
    for (int i = 0; i < suffix - 1; i++) {
      offset += labels.get(i).length() + 1;
    }
    return name.substring(offset);
  }

  /**
   * Guava's lenient label syntax: 1-63 characters, ASCII ones letters, digits, '-' or '_' (others
   * are not checked), not starting or ending with '-' or '_'; the last label not starting with a
   * digit, which is what tells an IPv4 address from a name.
   */
  private static boolean validLabel(String name, int start, int end, boolean last) {
    int length = end - start;
    if (length < 1 || length > MAX_LABEL_LENGTH) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = name.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      if (c < 0x80 && !allowed) {
        return false;
      }
    }
    char first = name.charAt(start);
    char lastChar = name.charAt(end - 1);
    if (first == '-' || first == '_' || lastChar == '-' || lastChar == '_') {
      return false;
    }
    return !(last && first >= '0' && first <= '9');
  }

  /** The IDN in punycode ("münchen.de" -> "xn--mnchen-3ya.de"), or {@code null} when it is not a valid IDN. */
  private static String punycode(String host) {
    try {
      return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The value after its scheme: "https://acme.com" and "//acme.com", and the typos CRMs keep,
   * "http//acme.com", "https:/acme.com", "http:acme.com" (not "http.com" or "https-acme.com").
   */
  private static String withoutScheme(String s) {
    int scheme = s.indexOf("://");
    if (scheme >= 0 && isScheme(s, scheme)) {
      return s.substring(scheme + 3);
    }
    int end = s.startsWith("https") ? 5 : s.startsWith("http") ? 4 : s.startsWith("//") ? 0 : -1;
    if (end < 0 || end == s.length() || (s.charAt(end) != ':' && s.charAt(end) != '/')) {
      return s;
    }
    while (end < s.length() && (s.charAt(end) == ':' || s.charAt(end) == '/')) {
      end++;
    }
    return s.substring(end);
  }

  /**
   * Labels of free-mail providers that are also common words of company names ("Royal Mail", "Live
   * Nation", "Sky Harbour"): never read as the provider's own site.
   */
  private static final Set<String> COMMON_WORD_PROVIDERS = Set.of(
      "mail", "email", "web", "live", "usa", "me", "mac", "free", "inbox", "post", "aim", "juno", "hot",
      "fast", "my", "go", "home", "online", "net", "sky", "bell", "orange", "virgin", "rogers", "shaw");

  /**
   * Whether the record is the free-mail provider itself: its name starts with the provider's label
   * ("Naver Corp." / naver.com, "Virgin Media" / virginmedia.com), and that label is no common word.
   */
  private static boolean isProvider(String label, CompanyName name) {
    java.util.List<String> words = name.tokens();
    if (words.isEmpty() || COMMON_WORD_PROVIDERS.contains(label)) {
      return false;
    }
    String first = words.get(0);
    return label.equals(first) || (words.size() > 1 && label.equals(first + words.get(1)));
  }

  /** Whether the text before {@code end} is a URL scheme (letters, digits, '+', '-', '.'), not a page with a URL in its query. */
  private static boolean isScheme(String s, int end) {
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
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
