package io.venn.compare;

import io.venn.block.TokenStatistics;
import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;

/**
 * Picks the level two websites reach: {@link #ACCOUNT_KEY} (the same registrable domain, held by at
 * most {@link #KEY_MAX_RECORDS} records of each list: it names one account), {@link #SHARED} (the same
 * domain, but many records of a list have it, a parent group's or a platform's site, counting less
 * the more record pairs share it; or two different hosts below it), {@link #SAME_LABEL} (acme.de /
 * acme.co.uk), {@link #SAME_LABEL_ACROSS_SCRIPTS} (the same, one name written in another script),
 * a group's site beside its brand's (legrandgroup.com / legrand.fr, or two group sites of one brand)
 * also counts as {@link #SAME_LABEL} when both records carry the same name words (or the group
 * site's one common word more) and each site is held by at most {@link #KEY_MAX_RECORDS} records of
 * its list, neither a division's host, and as {@link #SAME_LABEL_ACROSS_SCRIPTS} within those
 * bounds when exactly one name is in another script; {@link
 * #DIFFERENT} (also when one side's host below the shared domain spells words of its own name: a
 * division's site, "Toei Animation" at animation.toei.co.jp); and, with a website on one side only,
 * {@link #NAME_SPELLS_SITE_ACROSS_SCRIPTS} or {@link #NAME_SPELLS_SITE} (else missing).
 */
public final class DomainLevels implements LevelComparator {
  public static final int ACCOUNT_KEY = 0;
  public static final int SHARED = 1;
  public static final int SAME_LABEL = 2;
  /**
   * The same label under another suffix while exactly one name is in another script: "日本航空株式会社"
   * at jal.co.jp and "Japan Airlines" at jal.com. A company's native name and its English one share
   * no word by design, so the name's evidence against says nothing here; this level is an account
   * key like the same website, with its bounds: each site held by at most {@link #KEY_MAX_RECORDS}
   * records of a list, neither a division's own host. Two Latin names keep {@link #SAME_LABEL}: "ABC
   * Bakery" at abc.net is not the broadcaster at abc.com, and there the names disagreeing is
   * evidence; so do two native-script names. A short native name with no sound to key still carries
   * its script ("ローム株式会社" at rohm.co.jp / "ROHM Co., Ltd." at rohm.com).
   */
  public static final int SAME_LABEL_ACROSS_SCRIPTS = 3;
  public static final int DIFFERENT = 4;
  /**
   * One record without a website, its Latin name spelling the website of the other record, whose
   * name is in another script: "Nongfu Spring" / "农夫山泉" at nongfuspring.com, "Electric Networks of
   * Armenia" (initials) / "«Հայաստանի էլեկտրական ցանցեր»" at ena.am. The two names share no word by
   * design, as at {@link #SAME_LABEL_ACROSS_SCRIPTS}; the Latin name naming the site is the same
   * evidence, an account key within the same bounds (the site held by at most {@link
   * #KEY_MAX_RECORDS} records of its list, not a division's host). Between two Latin names, {@link
   * #NAME_SPELLS_SITE}; never in blind mode (the profile drops the site names).
   */
  public static final int NAME_SPELLS_SITE_ACROSS_SCRIPTS = 5;
  /**
   * One record without a website, its Latin name, all its words run together, the website label of
   * the other record, also a Latin name: "J D WETHERSPOON PLC" / "Wetherspoons" at jdwetherspoon.com,
   * "VESTEL" / "Vestel Elektronik Sanayi ve Ticaret" at vestel.com.tr. Evidence beside the names'
   * own, not an account key: the names still compare, so a namesake's site ("Delta" without a website
   * / "Delta Air Lines" at delta.com) meets the names' and the places' evidence against. Only the
   * whole name: initials and a brand before descriptor words spell too many other companies' sites
   * between Latin names ("Nuran Educacao Capital" / nec.com); and only with both records in one
   * country: a registry's short name spells its foreign namesake's site ("PRUDENTIAL PLC" /
   * "Prudential Financial" at prudential.com: 4 false matches of NYSE/SEC without it), or, with a
   * country missing on one side, the same name words on both ("BLACKROCK INC" among the SEC's
   * BlackRock funds). Same bounds as {@link #NAME_SPELLS_SITE_ACROSS_SCRIPTS}.
   */
  public static final int NAME_SPELLS_SITE = 6;

  /** A CRM often holds a company twice (a duplicate, a subsidiary record); three is a group's site. */
  public static final int KEY_MAX_RECORDS = 2;

  // The outcomes that carry no pair-specific rarity, made once: this runs for every candidate pair.
  private static final Observation KEY = Observation.at(ACCOUNT_KEY, 1.0);
  private static final Observation TWO_HOSTS = Observation.at(SHARED, 1.0);
  private static final Observation LABEL = Observation.at(SAME_LABEL, 0.5);
  private static final Observation LABEL_ACROSS_SCRIPTS = Observation.at(SAME_LABEL_ACROSS_SCRIPTS, 0.5);
  private static final Observation OTHER = Observation.at(DIFFERENT, 0.0);
  private static final Observation SPELLS_ACROSS_SCRIPTS = Observation.at(NAME_SPELLS_SITE_ACROSS_SCRIPTS, 0.5);
  private static final Observation SPELLS = Observation.at(NAME_SPELLS_SITE, 0.5);

  @Override
  public Observation observe(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb, TokenStatistics stats) {
    if (a.domain() == 0 || b.domain() == 0) {
      return a.domain() == b.domain() ? Observation.MISSING_VALUE : nameSpellsSite(a.domain() != 0 ? a : b, a.domain() != 0 ? b : a, stats);
    }
    if (a.domain() == b.domain()) {
      boolean twoHosts = a.subsite() != 0 && b.subsite() != 0 && a.subsite() != b.subsite();
      boolean division = a.subsite() != b.subsite()
          && (AccountEncoder.isDivisionSite(a.subsite()) || AccountEncoder.isDivisionSite(b.subsite()));
      if (division && !sameWords(a.nameTokens(), b.nameTokens())) {
        // A division's own site ("Toei Animation" at animation.toei.co.jp against "Toei" at
        // toei.co.jp): another company's website, however alike the names. Not when both records
        // carry the same name ("Acme Global GmbH" at global.acme.de and "Acme Global" at acme.de):
        // then the host names the very company the other record is.
        return OTHER;
      }
      if (twoHosts) {
        return TWO_HOSTS; // two pages on one host ("x.etnet.com.hk", "y.etnet.com.hk")
      }
      // Splink's term-frequency adjustment: the level's u is for a website each list holds once
      // (ACCOUNT_KEY) or a few times (SHARED); a pair's u grows with the record pairs that share its
      // website, cL x cR, so a CRM's duplicate account (2 x 2) counts ln 4 less than a unique site.
      int records = stats.domainRecords(a.domain());
      double pairs = stats.domainPairs(a.domain());
      if (records <= KEY_MAX_RECORDS) {
        return pairs > 1 ? new Observation(ACCOUNT_KEY, 1.0, -Math.log(pairs)) : KEY;
      }
      return new Observation(SHARED, 1.0, -Math.log(Math.max(1, pairs / KEY_MAX_RECORDS)));
    }
    if (AccountEncoder.sameBrandGroupSite(a.domainLabel(), b.domainLabel())) {
      // "Legrand SA" at legrandgroup.com and "LEGRAND" at legrand.fr: the group's site and the
      // brand's, the same name on both records. A group's site and a sister company with a name of
      // its own ("PT Multipolar Tbk" at multipolargroup.com / "PT Multipolar Technology Tbk" at
      // multipolar.com) keeps the websites' evidence against.
      if (!eachSiteOneAccount(a, b, stats)) {
        return OTHER;
      }
      if (oneInAnotherScript(a, b)) {
        // "三一重工" at sanygroup.com / "SANY Heavy Industry" at sanyglobal.com: one brand's two
        // group sites, the names sharing no word by design, as at SAME_LABEL_ACROSS_SCRIPTS
        return LABEL_ACROSS_SCRIPTS;
      }
      boolean oneName = sameWords(a.nameTokens(), b.nameTokens()) || groupWordAdded(a, b, stats) || groupWordAdded(b, a, stats);
      return oneName ? LABEL : OTHER;
    }
    if (a.domainLabel() != b.domainLabel()) {
      return OTHER;
    }
    return oneInAnotherScript(a, b) && eachSiteOneAccount(a, b, stats) ? LABEL_ACROSS_SCRIPTS : LABEL;
  }

  /** Both records named, exactly one name in another script than Latin. */
  private static boolean oneInAnotherScript(EncodedAccount a, EncodedAccount b) {
    return a.nameTokens().length > 0 && b.nameTokens().length > 0
        && AccountEncoder.isNonLatin(a.skeleton()) != AccountEncoder.isNonLatin(b.skeleton());
  }

  /**
   * {@link #NAME_SPELLS_SITE_ACROSS_SCRIPTS} or {@link #NAME_SPELLS_SITE} when {@code named}, a Latin
   * name without a website (the only names with site names), spells the website of {@code site};
   * else missing.
   */
  private static Observation nameSpellsSite(EncodedAccount site, EncodedAccount named, TokenStatistics stats) {
    if (site.nameTokens().length == 0 || named.siteNames().length == 0) {
      return Observation.MISSING_VALUE;
    }
    Observation spelt;
    if (AccountEncoder.isNonLatin(site.skeleton())) {
      spelt = AccountEncoder.spellsSite(named.siteNames(), site.domainLabel()) ? SPELLS_ACROSS_SCRIPTS : Observation.MISSING_VALUE;
    } else {
      // Between two Latin names, only in one country: a short registry name spells the site of its
      // namesake abroad ("PRUDENTIAL PLC" / "Prudential Financial" at prudential.com) and of its own
      // subsidiaries' ("TELEFONICA S A" / "Telefonica Brasil" at telefonica.com.br).
      // A registry's record often has no country: then only the same name counts ("BlackRock, Inc."
      // among the SEC's BlackRock funds, one of them at blackrock.com).
      boolean oneCountry = site.country() != 0 && site.country() == named.country();
      spelt = AccountEncoder.spellsSiteWhole(named.siteNames(), site.domainLabel())
          && (oneCountry || (site.country() == 0 || named.country() == 0) && sameWords(site.nameTokens(), named.nameTokens()))
          ? SPELLS : Observation.MISSING_VALUE;
    }
    // the bounds last: a lookup in the site counts, for the few pairs whose name spells the site
    boolean bounded = spelt != Observation.MISSING_VALUE
        && stats.domainRecords(site.domain()) <= KEY_MAX_RECORDS && !AccountEncoder.isDivisionSite(site.subsite());
    return bounded ? spelt : Observation.MISSING_VALUE;
  }

  /**
   * Whether {@code group}, at a group's site, carries {@code brand}'s name words and one common word
   * more at its end: "Breville Group Limited" at brevillegroup.com and "Breville" at breville.com,
   * the group word glued on the label written last in the name, as labels glue it. Not the other
   * way round: "PT Multipolar Tbk" at multipolargroup.com and "PT Multipolar Technology Tbk" at
   * multipolar.com are sisters. (A keyed word cannot be told to be "group" itself: a sister named
   * with a common word last at its group's site, "Acme Technology" at acmegroup.com, passes too.)
   */
  private static boolean groupWordAdded(EncodedAccount group, EncodedAccount brand, TokenStatistics stats) {
    long[] g = group.nameTokens();
    long[] b = brand.nameTokens();
    if (!AccountEncoder.isGroupSite(group.domainLabel()) || b.length == 0 || g.length != b.length + 1) {
      return false;
    }
    for (int i = 0; i < b.length; i++) {
      if (g[i] != b[i]) {
        return false;
      }
    }
    return stats.isCommonWord(g[b.length]);
  }

  /** Each site held by at most {@link #KEY_MAX_RECORDS} records of its list, and neither a division's own host. */
  private static boolean eachSiteOneAccount(EncodedAccount a, EncodedAccount b, TokenStatistics stats) {
    return stats.domainRecords(a.domain()) <= KEY_MAX_RECORDS
        && stats.domainRecords(b.domain()) <= KEY_MAX_RECORDS
        && !AccountEncoder.isDivisionSite(a.subsite()) && !AccountEncoder.isDivisionSite(b.subsite());
  }

  /** The same name words, in any order (small arrays: a name has a handful of words); each name's words all in the other. */
  static boolean sameWords(long[] a, long[] b) {
    return a.length > 0 && a.length == b.length && allIn(a, b) && allIn(b, a);
  }

  private static boolean allIn(long[] a, long[] b) {
    for (long t : a) {
      boolean found = false;
      for (long u : b) {
        if (t == u) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }
}
