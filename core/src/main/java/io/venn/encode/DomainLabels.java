package io.venn.encode;

import io.venn.normalize.CompanyName;
import io.venn.normalize.Domains;
import java.util.List;
import java.util.Set;

/**
 * The name a registrable domain gives its company, for comparing two different websites: the label
 * above the public suffix ("acme" of "acme.co.uk", "sbi" of "sbi.bank.in"), or, on a brand's own
 * top-level domain, the brand itself ("toyota" of "global.toyota", "barclays" of "home.barclays").
 *
 * <p>Why: companies with a brand TLD put their site on a generic host under it (global.canon,
 * group.bnpparibas, home.komatsu, corporate.epson), and a CRM as often holds their country site
 * (canon.jp, bnpparibas.com). Read by the suffix list alone, "global.toyota" is named "global":
 * it then disagreed with toyota.co.jp (strong evidence against, the same company missed) and agreed
 * with global.canon.
 */
final class DomainLabels {
  private DomainLabels() {}

  /** Hosts that brand-TLD companies put their main site on: never a company's own name there. */
  private static final Set<String> GENERIC_HOSTS = Set.of(
      "global", "group", "home", "corporate", "corp", "about", "company", "world", "www", "jp", "en", "us");

  /** The original generic TLDs: open to anyone, never one company's brand. */
  private static final Set<String> OPEN_TLDS = Set.of("com", "net", "org", "info", "biz", "edu", "gov", "int", "mil");

  /**
   * @param registrable a registrable domain as {@link Domains#registrable} gives it
   * @param name the record's name, whose words say whether the TLD or the host is the brand
   */
  static String of(String registrable, CompanyName name) {
    String label = Domains.label(registrable);
    String tld = registrable.substring(label.length() + 1);
    if (tld.length() < 3 || tld.indexOf('.') >= 0 || OPEN_TLDS.contains(tld)) {
      return brandOf(label, name); // a country code, a multi-label suffix or an open TLD: the label names it
    }
    // The host spelling the record's name is the company ("camber.energy" for Camber Energy,
    // "usgoldcorp.gold" for U.S. Gold Corp): the TLD is a sector word then, however it reads.
    boolean hostIsName = name.spells(label);
    boolean generic = GENERIC_HOSTS.contains(label);
    boolean tldIsName = name.spells(tld);
    // "group.softbank" for SoftBank Group: both spell name words, and the host is a generic one.
    // A generic host without the name ("global.canon" for a name in kana) is still the brand's site.
    boolean brand = generic ? (tldIsName || !hostIsName) : (tldIsName && !hostIsName);
    return brand ? tld : brandOf(label, name);
  }

  /**
   * Words a company adds to its brand in a second domain of its own: "nissan-global", "sonyworldwide".
   * Not the words that tell group companies apart ("kiscoholdings", "mitani-corp", "multipolar-group"
   * are other companies than "kisco", "mitani", "multipolar" in crm-corpus/dev: 5 false matches there
   * when "holdings", "corp", "group", "inc" were taken off too).
   */
  private static final List<String> AFFIXES = List.of("global", "worldwide", "official", "online", "the");

  /**
   * The label without hyphens ("mercedes-benz" is "mercedesbenz") and without a generic word before
   * or after the brand when what is left spells the record's own name words: "nissan-global" for
   * Nissan Motor is "nissan"; the name's initials as its words ("db" for Deutsche Bank is
   * "deutschebank"). Never a bare cut: "theatro" for Theatro Inc. keeps its "the", as "atro"
   * spells no word of its name.
   */
  private static String brandOf(String label, CompanyName name) {
    String joined = label.indexOf('-') < 0 ? label : label.replace("-", "");
    List<String> names = name.tokens();
    if (names.size() >= 2 && joined.equals(NameKeys.initials(names))) {
      // the name's initials ("db.com" for Deutsche Bank): named by the words they stand for, so the
      // site meets "deutsche-bank.de", and "db.de" for Deutsche Bahn no longer meets it
      return String.join("", names);
    }
    for (String affix : AFFIXES) {
      if (joined.length() > affix.length() + 1) {
        if (joined.endsWith(affix) && name.spells(joined.substring(0, joined.length() - affix.length()))) {
          return joined.substring(0, joined.length() - affix.length());
        }
        if (joined.startsWith(affix) && name.spells(joined.substring(affix.length()))) {
          return joined.substring(affix.length());
        }
      }
    }
    return joined;
  }
}
