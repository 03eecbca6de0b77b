package io.venn.bench.data;

import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** The website-side variations and the little URL handling they need. */
final class Websites {
  /** Second-level suffixes common in the sample: "acme.co.uk" is registrable, "co.uk" is not. */
  private static final Set<String> SECOND_LEVEL = Set.of(
      "co.uk", "org.uk", "com.au", "net.au", "co.jp", "com.br", "com.cn", "com.hk", "co.kr", "com.tw",
      "co.in", "co.za", "co.nz", "com.sg", "com.my", "co.id", "co.th", "com.mx", "com.tr", "co.il", "com.ar",
      "com.ph", "com.pk", "com.vn", "com.pl", "com.pe", "com.co", "com.cy", "com.mt", "net.cn", "or.jp", "ne.jp");
  private static final String[] SUBDOMAINS = {"investors", "shop", "en", "global", "ir", "careers", "corporate"};
  private static final String[] MAILBOXES = {"info", "sales", "contact", "ir", "j.smith", "office"};

  private Websites() {}

  /** The host without scheme, "www." or path, lower case ("aalberts.com"). */
  static String host(String url) {
    String u = url.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
    int cut = u.length();
    for (char c : new char[] {'/', '?', '#', ':'}) {
      int i = u.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    return u.substring(0, cut).replaceFirst("^www\\d*\\.", "");
  }

  /** The last two labels, or three under a known second-level suffix ("acme.co.uk"). */
  static String registrable(String host) {
    String[] labels = host.split("\\.");
    if (labels.length <= 2) {
      return host;
    }
    String lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
    int keep = SECOND_LEVEL.contains(lastTwo) ? 3 : 2;
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, labels.length - keep); i < labels.length; i++) {
      sb.append(sb.length() == 0 ? "" : ".").append(labels[i]);
    }
    return sb.toString();
  }

  /** The registrable domain's first label ("acme" for "acme.co.uk"). */
  static String label(String host) {
    String reg = registrable(host);
    int dot = reg.indexOf('.');
    return dot < 0 ? reg : reg.substring(0, dot);
  }

  static String apply(VariationKind kind, Draft d, SplittableRandom r) {
    String reg = registrable(d.host);
    return switch (kind) {
      case WEBSITE_FORMAT -> format(d, r);
      case SUBDOMAIN -> "https://" + SUBDOMAINS[r.nextInt(SUBDOMAINS.length)] + "." + reg;
      case REGIONAL_TLD -> regional(reg, d.country);
      case EMAIL_DOMAIN -> MAILBOXES[r.nextInt(MAILBOXES.length)] + "@" + reg;
      case WEBSITE_MISSING -> null;
      default -> throw new IllegalArgumentException(kind + " is not a website variation");
    };
  }

  private static String format(Draft d, SplittableRandom r) {
    String[] forms = {
      d.host, "https://" + d.host + "/", "www." + d.host, "HTTPS://WWW." + d.host.toUpperCase(Locale.ROOT),
      "https://www." + d.host + "/en/contact", "http://" + d.host + "/index.html"
    };
    int start = r.nextInt(forms.length);
    for (int i = 0; i < forms.length; i++) {
      String f = forms[(start + i) % forms.length];
      if (!f.equals(d.website)) {
        return f;
      }
    }
    return d.host;
  }

  /** The same label under a country suffix ("acme.de"), or under ".com" when it already is a country one. */
  private static String regional(String registrable, String country) {
    int dot = registrable.indexOf('.');
    String label = registrable.substring(0, dot);
    String suffix = registrable.substring(dot + 1);
    String local = country == null ? "de" : Countries.webSuffix(country);
    String next = suffix.equals("com") || suffix.equals("net") || suffix.equals("org") ? local : "com";
    if (next.equals(suffix)) {
      next = "com".equals(suffix) ? "de" : "com";
    }
    return "www." + label + "." + next;
  }
}
