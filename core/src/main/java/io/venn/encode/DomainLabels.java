package io.venn.encode;

import io.venn.normalize.Domains;
import java.util.Set;

/**
 * The name a registrable domain gives its company, for comparing two different websites: the label
 * above the public suffix ("acme" of "acme.co.uk", "sbi" of "sbi.bank.in") without hyphens or a
 * hyphenated "global" ("nissan" of "nissan-global.com", "mercedesbenz" of "mercedes-benz.com"), or,
 * on a brand's own top-level domain, the brand itself ("toyota" of "global.toyota").
 *
 * <p>Why: companies with a brand TLD put their site on a generic host under it (global.canon,
 * group.bnpparibas, home.komatsu, corporate.epson), and a CRM as often holds their country site
 * (canon.jp, bnpparibas.com). Read by the suffix list alone, "global.toyota" is named "global":
 * it then disagreed with toyota.co.jp (strong evidence against, the same company missed) and agreed
 * with global.canon.
 *
 * <p>The name depends on the domain alone, never on the record's name: two records of one company
 * whose names differ (a typo, a dropped word) must still give their sites one name. Rules that read
 * the name were tried and dropped for that ("nissan-global" for "Nisdan Motor", "cgrh" read as the
 * initials of one record's name and not the other's lost true pairs in the generated lists).
 */
public final class DomainLabels {
  private DomainLabels() {}

  /** Hosts that brand-TLD companies put their main site on: never a company's own name there. */
  private static final Set<String> GENERIC_HOSTS = Set.of(
      "global", "group", "home", "corporate", "corp", "about", "company", "world", "www", "jp", "en", "us");

  /**
   * Generic TLDs, open to anyone: the original ones and the new ones named by a common word, where
   * "home.online" or "group.global" is some company's site, not a brand's.
   */
  private static final Set<String> OPEN_TLDS = Set.of("com", "net", "org", "info", "biz", "edu", "gov", "int", "mil",
      "online", "app", "tech", "site", "website", "store", "shop", "xyz", "club", "live", "life", "world", "news",
      "blog", "cloud", "digital", "global", "group", "company", "agency", "solutions", "services", "systems",
      "network", "media", "energy", "capital", "finance", "fund", "holdings", "ventures", "partners",
      "international", "inc", "ltd", "llc", "gmbh", "space", "top", "vip", "pro", "one", "asia", "africa", "eu",
      "london", "tokyo", "berlin", "paris", "nyc", "bank", "insurance", "health", "care", "design", "studio",
      "works", "technology", "industries", "consulting", "management", "marketing", "money", "email", "link");

  /**
   * Words a company adds after its brand and a hyphen in a second domain of its own ("nissan-global",
   * "sony-worldwide"). Not the words that tell group companies apart ("kisco-holdings", "mitani-corp",
   * "multipolar-group" are other companies than "kisco", "mitani", "multipolar" in crm-corpus/dev),
   * never without the hyphen ("libertyglobal" is Liberty Global, not Liberty Financial at
   * liberty.com.au), and never before the brand ("online-asseco.fi" for "Online Asseco Foods" met
   * asseco.com, a false match in the generated 1M lists). The label names the domain alone; a group
   * word glued to the brand ("multipolargroup", "libertyglobal") is read beside it, only where the
   * records' names agree ({@link #groupStem}).
   */
  private static final Set<String> AFFIXES = Set.of("global", "worldwide", "official", "online");

  /**
   * Words a company glues to its brand in its group's website ("legrandgroup.com", "grupobancolombia.com",
   * "arcelikglobal.com") beside a country site under the brand alone (legrand.fr, bancolombia.com).
   * The label keeps them: in crm-corpus every such pair of records (3) is a group's site and another
   * company with its own name ("PT Multipolar Tbk" / "PT Multipolar Technology Tbk", "STL Global" /
   * "Sterlite Technologies"), so the glued label only counts as the brand's when both records carry
   * the same name ({@link #groupStem}, {@code DomainLevels}). "holding(s)", "corp" and "usa" are left
   * out: a holding company's or a US subsidiary's site ("kiscoholdings" beside "kisco") is another company's.
   */
  private static final java.util.List<String> GLUED_SUFFIXES = java.util.List.of("group", "groupe", "gruppe", "grupo", "global");
  private static final java.util.List<String> GLUED_PREFIXES = java.util.List.of("grupo", "groupe", "group");
  private static final int MIN_STEM = 3;

  /**
   * The brand a label names with a group word glued to it ("legrand" of "legrandgroup", "bancolombia"
   * of "grupobancolombia"), or {@code null} when it has none or too little is left.
   */
  public static String groupStem(String label) {
    for (String suffix : GLUED_SUFFIXES) {
      if (label.endsWith(suffix) && label.length() - suffix.length() >= MIN_STEM) {
        return label.substring(0, label.length() - suffix.length());
      }
    }
    for (String prefix : GLUED_PREFIXES) {
      if (label.startsWith(prefix) && label.length() - prefix.length() >= MIN_STEM) {
        return label.substring(prefix.length());
      }
    }
    return null;
  }

  /** @param registrable a registrable domain as {@link Domains#registrable} gives it */
  public static String of(String registrable) {
    String label = Domains.label(registrable);
    if (GENERIC_HOSTS.contains(label) && label.length() < registrable.length()) { // rare: most hosts are names
      String tld = registrable.substring(label.length() + 1);
      if (tld.length() >= 3 && tld.indexOf('.') < 0 && !tld.startsWith("xn--") && !OPEN_TLDS.contains(tld)) {
        return tld;
      }
    }
    return brandOf(label);
  }

  /** The label without a hyphenated generic word after the brand, and without hyphens. */
  private static String brandOf(String label) {
    int dash = label.lastIndexOf('-');
    if (dash < 0) {
      return label;
    }
    boolean affix = dash > 0 && AFFIXES.contains(label.substring(dash + 1));
    return (affix ? label.substring(0, dash) : label).replace("-", "");
  }
}
