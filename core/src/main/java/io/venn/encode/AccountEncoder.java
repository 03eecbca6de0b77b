package io.venn.encode;

import io.venn.normalize.CanonicalAccount;
import io.venn.normalize.CompanyName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Turns a canonical account into hashed features, keyed in blind mode ({@link #withKey}: HMAC-SHA256)
 * and unkeyed in broker mode ({@link #forBroker}: MurmurHash3): tokens for exact features, hashed
 * Double Metaphone codes of the name's words, and a Bloom filter of the name (hashed alike) for Dice
 * similarity. The matcher downstream sees only these. Thread-safe.
 *
 * <p>Every token is tagged with its field before hashing ("n:" name word, "d:" domain...), so equal
 * strings in different fields never collide.
 */
public final class AccountEncoder {
  /** Letters kept of a word for its prefix token: short enough for "Res." / "Resources". */
  static final int PREFIX = 3;

  /** Shorter words share letter sets by chance too often ("dairy" / "diary" is rare; "net" / "ten" is not). */
  static final int LETTER_SET_MIN = 5;

  private final TokenHash tokens;
  private final NameFilter.Bigrams bigrams;
  /** Every keyed feature of a word, computed once: company names repeat the same words constantly. */
  private final java.util.concurrent.ConcurrentHashMap<String, long[]> words = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int WORD_CACHE_LIMIT = 1 << 20;
  /** Each city's token ({@link CityKeys#token}), computed once: a list names a few thousand cities. */
  private final java.util.concurrent.ConcurrentHashMap<String, Long> cities = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CITY_CACHE_LIMIT = 1 << 16;
  /** Longer cities and words are computed, not kept (as {@code Memo} does): a junk value can be a record's 4M characters. */
  private static final int MAX_CACHED_CHARS = 64;
  private final DoubleMetaphone metaphone = new DoubleMetaphone();
  private volatile TokenPriors priors;

  private AccountEncoder(TokenHash tokens, TokenHash filterBigrams) {
    this.tokens = tokens;
    this.bigrams = new NameFilter.Bigrams(filterBigrams);
  }

  /** Keyed encodings (HMAC-SHA256 tokens and filter bits): what leaves its owner's machine in blind mode. */
  public static AccountEncoder withKey(EncodingKey key) {
    return new AccountEncoder(TokenHash.keyed(key.derive("token", 32)), TokenHash.keyed(key.derive("filter", 32)));
  }

  /**
   * Unkeyed encodings for broker mode, where whoever encodes already holds both lists in plaintext:
   * the same features under a fast hash ({@link TokenHash#unkeyed}); comparable only with each other.
   */
  public static AccountEncoder forBroker() {
    return new AccountEncoder(TokenHash.unkeyed(BROKER_TOKEN_SEED), TokenHash.unkeyed(BROKER_FILTER_SEED));
  }

  /** Distinct seeds, as a key derives distinct sub-keys: a bigram's bits never equal a name word's token. */
  private static final int BROKER_TOKEN_SEED = 0x76656e6e;
  private static final int BROKER_FILTER_SEED = 0x62696772;

  /**
   * @param ref the opaque reference to put in the encoding
   * @param sealed sealed shared fields for blind mode, or {@code null}
   */
  public EncodedAccount encode(CanonicalAccount account, String ref, byte[] sealed) {
    List<String> names = account.name().tokens();
    List<String> words = account.name().wordsInEnglish();
    int n = names.size();
    long[] nameTokens = new long[n];
    long[] phonetic = new long[n];
    long[] prefixes = new long[n];
    long[] stems = new long[n];
    long[] letters = new long[n];
    for (int i = 0; i < n; i++) {
      // The word is keyed in English ("banco" as "bank"); its spelling fallbacks (prefix, stem,
      // letters, sound) stay the written word's, which a truncated "ASSICU." still meets.
      long[] f = wordFeatures(names.get(i));
      nameTokens[i] = words == names ? f[0] : wordFeatures(words.get(i))[0];
      phonetic[i] = f[1];
      prefixes[i] = f[2];
      stems[i] = f[3];
      letters[i] = f[4];
    }
    String domain = account.domain();
    String label = domain == null ? null : DomainLabels.of(domain);
    return new EncodedAccount(
        ref,
        account.population(),
        nameTokens,
        phonetic,
        prefixes,
        stems,
        letters,
        NameFilter.of(account.name().key(), bigrams),
        domain == null ? 0 : tokens.uncached("d:" + domain),
        labelToken(label),
        account.country() == null ? 0 : tokens.token("c:" + account.country()),
        account.city() == null ? 0 : cityToken(account.city()),
        account.phone() == null ? 0 : tokens.uncached("ph:" + account.phone()),
        account.registration() == null ? 0 : registrationToken(account.registration(), account.country()),
        account.state() == null ? 0 : tokens.token("st:" + account.state()),
        initials(names, account.name().legalForms(), account.name().statedAcronym()),
        acronym(names),
        soundKey(account.name(), account.country()),
        subsiteToken(account.site(), label, account.name()),
        joined(names),
        domain == null && !account.name().nonLatin() ? siteNames(names, account.name().statedAcronym()) : EncodedAccount.NO_TOKENS,
        sealed);
  }

  private long cityToken(String city) {
    Long cached = cities.get(city);
    if (cached != null) {
      return cached;
    }
    long token = CityKeys.token(city, tokens);
    if (cities.size() < CITY_CACHE_LIMIT && city.length() <= MAX_CACHED_CHARS) { // a junk line-long "city" is not kept
      cities.put(city, token);
    }
    return token;
  }

  /**
   * The keyed domain label ({@link EncodedAccount#domainLabel}): the brand's keyed label in the high
   * 48 bits, and in the low 16 bits nothing for a plain label or, for a label with a group word glued
   * to the brand ({@link DomainLabels#groupStem}: "legrandgroup" for "legrand"), bits of the whole
   * label's own key with the low bit set. Equal tokens are one label; tokens equal in the high bits
   * are one brand's sites ("legrandgroup" / "legrand", "legrandgroup" / "legrandglobal"). 0 for none.
   * Uncached: labels are about as unique as the record, caching them would only grow the token cache.
   */
  private long labelToken(String label) {
    if (label == null) {
      return 0;
    }
    String stem = DomainLabels.groupStem(label);
    long brand = brandToken(stem == null ? label : stem);
    return stem == null ? brand : brand | (tokens.uncached("l:" + label) & ~BRAND_BITS) | GROUP_SITE;
  }

  /** A label keyed as a brand: the high bits of its label token, never 0 (0 means missing). */
  private long brandToken(String label) {
    long brand = tokens.uncached("l:" + label) & BRAND_BITS;
    return brand == 0 ? ~BRAND_BITS + 1 : brand;
  }

  /** Letters a name run together needs to count as a website's name ("abc" is too many companies'). */
  private static final int MIN_SITE_NAME = 4;
  /** Letters its initials need ("ena", "kmb"). */
  private static final int MIN_SITE_INITIALS = 3;

  /**
   * The name as a website would name the company ({@link EncodedAccount#siteNames}): its written
   * words run together, from {@value #MIN_SITE_NAME} letters (a glued group word read as its brand,
   * as labels are: "Nongfu Group" is nongfugroup.com's), its initials, from {@value
   * #MIN_SITE_INITIALS}, its words before descriptors when only descriptors follow ({@link
   * #brandBeforeDescriptors}) and the initialism it states ("(MCI)": {@code StatedAcronym}); keyed
   * as brands of domain labels, the whole name first and marked. Only a Latin name without a website
   * has them: the one side the level reads.
   */
  private long[] siteNames(List<String> names, String statedAcronym) {
    if (names.isEmpty()) {
      return EncodedAccount.NO_TOKENS;
    }
    String joined = String.join("", names);
    String stem = DomainLabels.groupStem(joined);
    String whole = stem == null ? joined : stem;
    String initials = NameKeys.initials(names);
    String brand = brandBeforeDescriptors(names);
    List<String> spelt = new ArrayList<>(EncodedAccount.MAX_SITE_NAMES);
    if (whole.length() >= MIN_SITE_NAME) {
      spelt.add(whole);
    }
    if (initials.length() >= MIN_SITE_INITIALS && !spelt.contains(initials)) {
      spelt.add(initials);
    }
    if (brand != null && !spelt.contains(brand)) {
      spelt.add(brand);
    }
    if (statedAcronym != null && statedAcronym.length() >= MIN_SITE_INITIALS && !spelt.contains(statedAcronym)) {
      spelt.add(statedAcronym); // "Mobile Telecommunication Company of Iran (MCI)" at mci.ir
    }
    long[] out = new long[spelt.size()];
    for (int i = 0; i < out.length; i++) {
      // a name run together without its group word is not the whole name ("Apex Group" is no
      // name of apex.com's "Apex Resources" between Latin names; across scripts it still spells)
      out[i] = brandToken(spelt.get(i)) | (i == 0 && stem == null && whole.length() >= MIN_SITE_NAME ? WHOLE_NAME : 0L);
    }
    return out.length == 0 ? EncodedAccount.NO_TOKENS : out;
  }

  /**
   * The words of a name before its descriptors, run together, when only descriptors follow them
   * ("hanmi" of "Hanmi Pharmaceutical", "osem" of "Osem Investments", "checkpoint" of "Check Point
   * Software Technologies"), from {@value #MIN_SITE_NAME} letters: the brand a company's website is
   * named after (hanmi.co.kr, checkpoint.com); else null.
   */
  private static String brandBeforeDescriptors(List<String> names) {
    int brandWords = 0;
    while (brandWords < names.size() && !DESCRIPTOR_WORD.test(names.get(brandWords))) {
      brandWords++;
    }
    if (brandWords == 0 || brandWords == names.size()) {
      return null;
    }
    for (int i = brandWords; i < names.size(); i++) {
      if (!DESCRIPTOR_WORD.test(names.get(i))) {
        return null;
      }
    }
    String brand = String.join("", names.subList(0, brandWords));
    return brand.length() < MIN_SITE_NAME ? null : brand;
  }

  /** Whether one of a name's {@link EncodedAccount#siteNames} is the brand of a domain label. */
  public static boolean spellsSite(long[] siteNames, long domainLabel) {
    long brand = brandOfLabel(domainLabel);
    for (long t : siteNames) {
      if ((t & BRAND_BITS) == brand) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name's words run together, all of them, are the brand of a domain label ("J D
   * Wetherspoon" / jdwetherspoon.com): not its initials, nor its words before descriptors.
   */
  public static boolean spellsSiteWhole(long[] siteNames, long domainLabel) {
    return siteNames.length > 0 && siteNames[0] == (brandOfLabel(domainLabel) | WHOLE_NAME);
  }

  /** The low bit of a site name: the whole name run together ({@link #spellsSiteWhole}); always first. */
  private static final long WHOLE_NAME = 1L;

  /** A site name as the brand of a domain label would be keyed, whatever it was spelt from. */
  public static long brandOfSiteName(long siteName) {
    return siteName & BRAND_BITS;
  }

  /** The brand that a name's words run together spell ({@link #spellsSiteWhole}), or 0 when it has none. */
  public static long wholeSiteName(long[] siteNames) {
    return siteNames.length > 0 && (siteNames[0] & WHOLE_NAME) != 0 ? siteNames[0] & BRAND_BITS : 0;
  }

  /** The bits of a domain label token that key its brand; the others tell a group's site apart. */
  private static final long BRAND_BITS = ~0xFFFFL;

  /** The low bit of a domain label: the site is the brand's with a group word glued on ("legrandgroup.com"). */
  private static final long GROUP_SITE = 1L;

  /**
   * Whether two different domain labels name one brand, at least one of them a group's site
   * ("legrandgroup" / "legrand"); labels that are equal are not this.
   */
  public static boolean sameBrandGroupSite(long labelA, long labelB) {
    return labelA != labelB && (labelA & BRAND_BITS) == (labelB & BRAND_BITS);
  }

  /** Whether a domain label is a brand's with a group word glued on ("legrandgroup"). */
  public static boolean isGroupSite(long label) {
    return (label & GROUP_SITE) != 0;
  }

  /** The brand of a domain label token, so a group's site and its brand's key alike (blind mode's country); 0 for none. */
  public static long brandOfLabel(long label) {
    return label & BRAND_BITS;
  }

  /**
   * The name's first two words run together as one name word ({@link EncodedAccount#joined}), or 0
   * for a name of one word. Uncached: such joined words are about as unique as the record.
   */
  private long joined(List<String> names) {
    return names.size() < 2 ? 0 : tokens.uncached("n:" + names.get(0) + names.get(1));
  }

  /**
   * The keyed host below the registrable domain, its low bit set when the host's first label spells
   * words of the name: "animation.toei.co.jp" for "Toei Animation" is that division's own site, not
   * the parent's ({@link EncodedAccount#subsite}); not when the host begins the domain's own label
   * ({@code label}, {@link DomainLabels#of}): "ASE Technology" at ase.aseglobal.com is the company
   * whose site aseglobal.com is.
   */
  private long subsiteToken(String site, String label, CompanyName name) {
    if (site == null) {
      return 0;
    }
    int dot = site.indexOf('.');
    String host = dot > 0 ? site.substring(0, dot) : "";
    boolean division = !host.isEmpty() && name.spells(host) && !(label != null && label.startsWith(host));
    return (tokens.uncached("h:" + site) & ~1L) | (division ? 1L : 0L) | 2L; // bit 1: never 0
  }

  /** Whether a subsite token names a division of the company ("animation" in "Toei Animation"). */
  public static boolean isDivisionSite(long subsite) {
    return (subsite & 1L) != 0;
  }

  /** The keyed {@link NameKeys#initialsWithForms}, in the same key space as the acronym. */
  private long[] initials(List<String> names, List<String> legalForms, String statedAcronym) {
    List<String> all = NameKeys.initialsWithForms(names, legalForms);
    if (statedAcronym != null && !all.isEmpty() && !all.contains(statedAcronym)) {
      // the initialism the name states ("Mobile Telecommunication Company of Iran (MCI)"), which
      // its words' initials need not spell, meets the short name as its initials would
      all = new ArrayList<>(all);
      all.add(statedAcronym);
    }
    long[] out = new long[all.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = initialismToken(all.get(i));
    }
    return out;
  }

  /**
   * The keyed name as an initialism ({@link NameKeys#acronym(List)}), or else its initialism before
   * descriptor words ({@link NameKeys#acronymBeforeDescriptors}) or before other words spelt with
   * their initials ({@link NameKeys#acronymBeforeWords}: "FS Italiane" as "fsi") with the low bit
   * set; 0 for none.
   */
  private long acronym(List<String> names) {
    String whole = NameKeys.acronym(names);
    if (!whole.isEmpty()) {
      return initialismToken(whole);
    }
    String beforeDescriptors = NameKeys.acronymBeforeDescriptors(names, DESCRIPTOR_WORD);
    if (beforeDescriptors.isEmpty()) {
      beforeDescriptors = NameKeys.acronymBeforeWords(names, DESCRIPTOR_WORD);
    }
    return beforeDescriptors.isEmpty() ? 0 : initialismToken(beforeDescriptors) | BEFORE_DESCRIPTORS;
  }

  /** Initials and initialisms share one key space, their low bit free for {@link #BEFORE_DESCRIPTORS}. */
  private long initialismToken(String letters) {
    long t = tokens.token("i:" + letters) & ~BEFORE_DESCRIPTORS;
    return t == 0 ? 2 : t;
  }

  /** The low bit of an acronym: an initialism before other words ("DBS Bank", "FS Italiane"), which counts only beside a shared word. */
  private static final long BEFORE_DESCRIPTORS = 1L;

  /** Whether {@code acronym} spells one of the other name's {@code initials} ({@link EncodedAccount#acronym}). */
  public static boolean spellsInitials(long acronym, long[] initials) {
    if (acronym == 0) {
      return false;
    }
    for (long i : initials) {
      if (i == initialismKey(acronym)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an acronym is an initialism before descriptor words, which counts only beside a word the names share. */
  public static boolean isBeforeDescriptors(long acronym) {
    return (acronym & BEFORE_DESCRIPTORS) != 0;
  }

  /** The blocking key of an acronym: its letters, without {@link #BEFORE_DESCRIPTORS}. */
  public static long initialismKey(long acronym) {
    return acronym & ~BEFORE_DESCRIPTORS;
  }

  /** Skeletons this short ("cm" of "Acme") agree by chance too often to be evidence. */
  static final int SKELETON_MIN = 3;

  /**
   * Phonetic keys with at least this many consonant classes agree by chance rarely enough to be
   * good evidence alone; shorter ones ("btnks": "Photronics" / "Avaya Holdings") need a city too.
   * Measured on crm-corpus/dev: of 13.8M cross pairs, 215 unrelated pairs share a key of 6 or more
   * classes, 378 one of 5 or more.
   */
  static final int LONG_PHONETIC = 6;

  /**
   * The name's sound key ({@link EncodedAccount#skeleton}): its phonetic key when the name is long
   * enough to have one ({@link CompanyName#phoneticKey}), else its consonant skeleton, in the high 30
   * bits ({@link #SKELETON_BITS}); a short name's vowel key, or abjad key ({@link CompanyName#shortNameKey}), beside it
   * in 30 more ({@link #VOWEL_BITS}), where a phonetic key that only descriptor words make ({@link
   * SoundKey#COMMON_PHONETIC}) carries its brand's sound instead ({@link #brandSound}); the low three
   * bits say which ({@link SoundKey#of}), bit 3 whether the name was written in another script than
   * Latin ({@link #acrossScripts}); a name in another script with no sound to key gets that bit
   * alone, so a key of 0 is a Latin name's. Why one field: a long name's phonetic
   * key agrees across more romanizations than its skeleton, a short name has only the skeleton and
   * its vowels, and the kind lets the comparator weigh a long key as the rarer evidence it is. Thirty
   * bits are plenty for keys compared for equality between one pair's records: unrelated keys agree
   * by accident once in 10^9 pairs, against 10^-6 for unrelated short names' vowel keys.
   */
  private long soundKey(CompanyName name, String country) {
    String phonetic = name.phoneticKey();
    if (!phonetic.isEmpty()) {
      long key = tokens.uncached("p:" + phonetic) & SKELETON_BITS; // one per record: caching it only fills the cache
      SoundKey kind = !name.hasPhoneticKeyWithout(DESCRIPTOR_WORD) ? SoundKey.COMMON_PHONETIC
          : phonetic.length() >= LONG_PHONETIC ? SoundKey.LONG_PHONETIC : SoundKey.PHONETIC;
      if (kind == SoundKey.COMMON_PHONETIC) {
        key |= brandSound(name);
      }
      return key | kind.ordinal() | (name.nonLatin() ? NON_LATIN : 0);
    }
    String skeleton = name.skeleton();
    String vowels = name.shortNameKey(country);
    long key = (skeleton.length() < SKELETON_MIN ? 0 : tokens.uncached("k:" + skeleton) & SKELETON_BITS)
        | (vowels.isEmpty() ? 0 : tokens.uncached("v:" + vowels) & VOWEL_BITS);
    if (key == 0) {
      // No sound to key, but the script still says something: a short native name ("ローム",
      // "花王") is then known to be one, and a key of 0 always a Latin name (or none).
      return name.nonLatin() ? NON_LATIN : 0;
    }
    SoundKey kind = skeleton.length() >= LONG_SKELETON
        && name.skeletonLengthWithout(DESCRIPTOR_WORD) >= LONG_SKELETON ? SoundKey.LONG_SKELETON : SoundKey.SKELETON;
    return key | kind.ordinal() | (name.nonLatin() ? NON_LATIN : 0);
  }

  /**
   * What must agree besides a {@link SoundKey#COMMON_PHONETIC} key, whose consonants the descriptor
   * words make: the name's vowel key ("Nitori Holdings" / "Natori Holdings" share "ntr" and
   * "holdings"; "hyeondae" / "Honda" share "nt"), in {@link #BRAND_VOWEL_BITS}; and the consonants
   * of its other words ({@link CompanyName#consonantsWithout}), in {@link #BRAND_CLASS_BITS}, which an
   * abjad's spelling, without vowels, can share ("bank hpwlym" / "Bank Hapoalim": "prm", not Bank
   * Leumi's "rm"); {@link #ABJAD_BIT} says the name was one.
   */
  private long brandSound(CompanyName name) {
    String consonants = name.consonantsWithout(DESCRIPTOR_WORD);
    long out = consonants.isEmpty() ? 0 : tokens.uncached("q:" + consonants) << 5 & BRAND_CLASS_BITS;
    if (name.abjad()) {
      return out | ABJAD_BIT;
    }
    String vowels = name.vowelKey();
    return out | (vowels.isEmpty() ? 0 : tokens.uncached("v:" + vowels) << 20 & BRAND_VOWEL_BITS);
  }

  /** Of a {@link SoundKey#COMMON_PHONETIC} key: the name was written in an abjad (Arabic, Hebrew)... */
  static final long ABJAD_BIT = 1L << 4;
  /** ...the keyed consonants of its words other than descriptors (15 bits)... */
  static final long BRAND_CLASS_BITS = ((1L << 15) - 1) << 5;
  /** ...and its keyed vowel key (14 bits), none for an abjad. */
  static final long BRAND_VOWEL_BITS = ((1L << 14) - 1) << 20;

  /**
   * Whether two {@link SoundKey#COMMON_PHONETIC} keys' brand parts agree ({@link #brandSound}): the
   * vowel keys, or with an abjad name on either side the other words' consonants.
   */
  public static boolean sameBrandSound(long a, long b) {
    long bits = ((a | b) & ABJAD_BIT) != 0 ? BRAND_CLASS_BITS : BRAND_VOWEL_BITS;
    long x = a & bits;
    return x != 0 && x == (b & bits);
  }

  /**
   * A descriptor: a word common in company names ({@link BackgroundVocabulary#descriptors}). A sound
   * key counts as long, the rarer evidence, only if the name's other words alone make a key of its
   * kind (a long skeleton; any phonetic key, else it is {@link SoundKey#COMMON_PHONETIC}). Why:
   * translated descriptors lengthen the keys of both scripts alike, so "현대제철" (hyeondae steel) and
   * "Honda Steel" shared a long skeleton ("ndstr") of which only "nd" was the brand's.
   */
  private static final Predicate<String> DESCRIPTOR_WORD = w -> BackgroundVocabulary.descriptors().contains(w);

  /** Skeletons this long ("mrsrn": "Melisron" / "מלסרן") are rare enough to count like a shorter phonetic key across scripts. */
  static final int LONG_SKELETON = 5;

  private static final long NON_LATIN = 8L;
  /** Where a short name's sound key holds its keyed consonant skeleton (0 when it has none)... */
  static final long SKELETON_BITS = -1L << 34;
  /** ...and its keyed vowel key (0 when it has none). */
  static final long VOWEL_BITS = ((1L << 30) - 1) << 4;

  /**
   * Whether two records' names sound alike: the same phonetic key or consonant skeleton, whatever
   * script each was written in.
   */
  public static boolean sameSound(long a, long b) {
    long key = coarse(a);
    return key != 0 && key == coarse(b);
  }

  /**
   * Whether two short names agree on their vowel key ({@link CompanyName#vowelKey}), whatever script
   * each was written in: far rarer by chance than a shared skeleton.
   */
  public static boolean sameVowels(long a, long b) {
    long key = vowels(a);
    return key != 0 && key == vowels(b);
  }

  /** Whether either of two names was written in another script than Latin: a comparison across scripts. */
  public static boolean acrossScripts(long a, long b) {
    return ((a | b) & NON_LATIN) != 0;
  }

  /** Whether a sound key of kind {@link SoundKey#NONE} carries no more than the script bit, as this encoder writes it. */
  public static boolean isWellFormedSoundKey(long soundKey) {
    return SoundKey.of(soundKey) != SoundKey.NONE || (soundKey & ~NON_LATIN) == 0;
  }

  /** Whether a name was written in another script than Latin. */
  public static boolean isNonLatin(long soundKey) {
    return (soundKey & NON_LATIN) != 0;
  }

  /**
   * The blocking key a record is indexed under for its name's sound: its phonetic key or skeleton,
   * or (with {@code vowels}) a short name's vowel key, with its script bit, so that blocking can pair
   * names across scripts only ({@link #soundQueryKey}); 0 when the name has no such key.
   */
  public static long soundIndexKey(long soundKey, boolean vowels) {
    long key = vowels ? vowels(soundKey) : coarse(soundKey);
    return key == 0 ? 0 : key | (soundKey & NON_LATIN);
  }

  /**
   * The {@link #soundIndexKey} to look up to find the records of one script ({@code partnerNonLatin})
   * whose names sound like this one's; 0 when there is none to look up. A sound key pairs names
   * across scripts; between two Latin names only a long name's phonetic key is looked up (blocking
   * keeps it for small blocks only): it is weak evidence there, but at a million records it still
   * pairs a misspelt name with its record ("Indian Soicedad Global" / "Indian Sociedad Global") once
   * the common words' blocks are over their cap (without it, 223 of 399,933 true pairs of the
   * generated 1M x 1M lists were lost; with it and a block cap of 4, 59).
   */
  public static long soundQueryKey(long soundKey, boolean vowels, boolean partnerNonLatin) {
    long key = vowels ? vowels(soundKey) : coarse(soundKey);
    if (key == 0) {
      return 0;
    }
    if (partnerNonLatin) {
      return key | NON_LATIN;
    }
    return isNonLatin(soundKey) || !hasSkeletonKind(soundKey) ? key : 0;
  }

  /**
   * The phonetic key or skeleton with which of the two it is, without the script bit or whether it
   * counts as long (which depends on the name's other words too, {@link #DESCRIPTOR_WORD}); 0 when none.
   */
  private static long coarse(long key) {
    long k = key & SKELETON_BITS;
    return k == 0 ? 0 : k | (hasSkeletonKind(key) ? SoundKey.SKELETON : SoundKey.PHONETIC).ordinal();
  }

  /** A short name's vowel part, without kind or script (so never equal to a {@link #coarse} key); 0 when none. */
  private static long vowels(long key) {
    return hasSkeletonKind(key) ? key & VOWEL_BITS : 0;
  }

  private static boolean hasSkeletonKind(long key) {
    SoundKey kind = SoundKey.of(key);
    return kind == SoundKey.SKELETON || kind == SoundKey.LONG_SKELETON;
  }

  /** What a name's sound key ({@link EncodedAccount#skeleton}) was made from, strongest last. */
  public enum SoundKey {
    /** No key: the name has too few consonants and vowels. */
    NONE,
    /** A short name's consonant skeleton ("Sony" and "Sanyo" share it) and its vowel key. */
    SKELETON,
    /** A skeleton of {@link #LONG_SKELETON} letters or more, also without descriptor words, and its vowel key. */
    LONG_SKELETON,
    /**
     * A phonetic key ({@link CompanyName#phoneticKey}) that the name's descriptor words make: without
     * them the name has none ("Honda Electronics"); it carries its brand's sound too, which must
     * agree ({@link #sameBrandSound}).
     */
    COMMON_PHONETIC,
    /** A phonetic key of fewer than {@link #LONG_PHONETIC} classes whose words other than descriptors make a key too. */
    PHONETIC,
    /** A phonetic key of {@link #LONG_PHONETIC} classes or more, whose other words than descriptors make a key. */
    LONG_PHONETIC;

    /** The kinds by ordinal, kept: {@code values()} copies its array at every call, once per scored pair. */
    private static final SoundKey[] KINDS = values();

    public static SoundKey of(long key) {
      return key == 0 ? NONE : KINDS[(int) (key & 7L)];
    }

    /** Whether a sound key's low three bits name a kind ({@link #of} would fail on a foreign file's 6 or 7). */
    public static boolean isKnownKind(long key) {
      return (key & 7L) < KINDS.length;
    }

    /**
     * The stronger kind of two records' sound keys that agree: how rare their agreement is. A key
     * is weak for its name's descriptor words ({@link #DESCRIPTOR_WORD}) only when both names' are: a
     * descriptor written in English in both ("steel") adds nothing to their agreement, one left
     * romanized ("horudingusu" / "holdings") does, as the romanization had to agree.
     */
    public static SoundKey stronger(long a, long b) {
      SoundKey x = of(a);
      SoundKey y = of(b);
      return x.ordinal() >= y.ordinal() ? x : y;
    }
  }

  /**
   * How common each name word is among companies in general, keyed like this encoder's name tokens.
   * Lets the matcher discount words such as "group" or "bank" even in a short list where every word
   * looks rare, without ever seeing the words.
   */
  public TokenPriors priors() {
    TokenPriors p = priors;
    if (p == null) {
      p = TokenPriors.hashed(BackgroundVocabulary.load(), w -> tokens.token("n:" + w));
      priors = p;
    }
    return p;
  }

  /** The keyed features of one word: name token, phonetic code, prefix, stem, letter set. */
  private long[] wordFeatures(String w) {
    long[] cached = words.get(w);
    if (cached != null) {
      return cached;
    }
    long[] f = {
      tokens.uncached("n:" + w), // the word cache is this token's cache
      phoneticToken(phoneticCode(w)),
      prefixToken(w),
      w.length() < STEM ? 0 : tokens.token("x5:" + w.substring(0, STEM)),
      w.length() < LETTER_SET_MIN ? 0 : tokens.token("s:" + letterSet(w))
    };
    if (words.size() < WORD_CACHE_LIMIT && w.length() <= MAX_CACHED_CHARS) { // nor a junk word of a whole line
      words.put(w, f);
    }
    return f;
  }

  /**
   * Double Metaphone codes this long (its most) are specific enough for a word to meet another by
   * sound across scripts; shorter ones merge brands ("Hyundai" and "Honda" are both HNT).
   */
  static final int LONG_SOUND = 4;

  /** The keyed phonetic code of a word, bit 0 set when the code is {@link #LONG_SOUND} long (bit 1: never 0). */
  private long phoneticToken(String code) {
    return (tokens.token("p:" + code) & ~3L) | 2L | (code.length() >= LONG_SOUND ? 1L : 0L);
  }

  /** Whether a word's phonetic token comes from a code long enough to count across scripts ({@link #LONG_SOUND}). */
  public static boolean isLongSound(long phoneticToken) {
    return (phoneticToken & 1L) != 0;
  }

  /** Letters kept of a word for its stem token: five shared leading letters rarely happen by chance. */
  static final int STEM = 5;

  /** Words this long or shorter may be abbreviations ("Res", "Intl", "Techn"; {@link #mayAbbreviate}). */
  public static final int ABBREVIATION_MAX = 5;

  /**
   * The keyed first letters of a word, its low bits ({@link #PREFIX_FLAGS}) saying whether it may be
   * an abbreviation ({@link #mayAbbreviate}) and whether it is short: a prefix agreement only counts
   * when one side may abbreviate the other ("Res" / "Resources"), never between two long words that
   * merely start alike ("Rusolovo" / "Russia"); across scripts any short word may begin a longer one.
   */
  private long prefixToken(String word) {
    long t = tokens.token("x:" + (word.length() > PREFIX ? word.substring(0, PREFIX) : word));
    return (t & ~PREFIX_FLAGS) | (mayAbbreviate(word) ? ABBREVIATION : 0L)
        | (word.length() <= ABBREVIATION_MAX ? SHORT_WORD : 0L);
  }

  /** The low bit of a prefix token: the word may abbreviate another ({@link #mayAbbreviate}). */
  private static final long ABBREVIATION = 1L;
  /** The next bit: the word has at most {@value #ABBREVIATION_MAX} letters. */
  private static final long SHORT_WORD = 2L;
  /** The bits of a prefix token that say what kind of word it is; the others key its first letters. */
  public static final long PREFIX_FLAGS = ABBREVIATION | SHORT_WORD;

  /**
   * Whether a word is short enough to abbreviate a longer one: up to {@value #PREFIX} letters, or up
   * to {@value #ABBREVIATION_MAX} ending in a consonant ("Intl", "Techn", "Natl"). A four- or
   * five-letter word ending in a vowel is a word of its own far more often ("Chubu" is not short for
   * "Chugoku", "Sanko" for "Sankyo"): only its first {@value #PREFIX} letters would be compared.
   */
  private static boolean mayAbbreviate(String word) {
    int n = word.length();
    return n <= PREFIX || (n <= ABBREVIATION_MAX && ("aeiou".indexOf(word.charAt(n - 1)) < 0 || COMBINING_FORMS.contains(word)));
  }

  /** Short forms ending in a vowel that do begin longer words in company names ("Petro" / "Petroleum", "Tele" / "Telecom"). */
  private static final java.util.Set<String> COMBINING_FORMS = java.util.Set.of(
      "auto", "tele", "petro", "aero", "agro", "agri", "hydro", "micro", "info", "indo", "euro", "medi");

  /** Whether two prefix tokens agree with at least one side short enough to abbreviate the other. */
  public static boolean abbreviates(long prefixA, long prefixB) {
    return samePrefix(prefixA, prefixB) && ((prefixA | prefixB) & ABBREVIATION) != 0;
  }

  /**
   * Whether two prefix tokens agree with at least one side a short word, whatever its last letter:
   * across scripts, where a romanization runs words together ("segasami" of セガサミー begins with
   * "Sega"), not only an abbreviation begins another word.
   */
  public static boolean beginsAcrossScripts(long prefixA, long prefixB) {
    return samePrefix(prefixA, prefixB) && ((prefixA | prefixB) & SHORT_WORD) != 0;
  }

  /** Whether two words begin with the same {@value #PREFIX} letters (their prefix tokens, kinds aside). */
  public static boolean samePrefix(long prefixA, long prefixB) {
    return prefixA != 0 && (prefixA | PREFIX_FLAGS) == (prefixB | PREFIX_FLAGS);
  }

  /** The low two bits of a registration token say which kind of id it is: see {@link EncodedAccount}. */
  public static final long REGISTRATION_DUNS = 1;
  public static final long REGISTRATION_LEI = 2;
  public static final long REGISTRATION_NATIONAL = 3;
  private static final long KIND_MASK = 3;

  /**
   * The keyed token of a namespaced registration id ("duns:...", "lei:...", "reg:..."), its kind in
   * the low two bits. A national number is keyed with its country: an 8-digit UK company number and
   * an 8-digit Dutch one are different ids.
   */
  private long registrationToken(String registration, String country) {
    long kind;
    String keyed;
    if (registration.startsWith("duns:")) {
      kind = REGISTRATION_DUNS;
      keyed = registration;
    } else if (registration.startsWith("lei:")) {
      kind = REGISTRATION_LEI;
      keyed = registration;
    } else {
      kind = REGISTRATION_NATIONAL;
      keyed = (country == null ? "??" : country) + ":" + registration;
    }
    return (tokens.uncached("r:" + keyed) & ~KIND_MASK) | kind;
  }

  /** The kind of a registration token: one of the {@code REGISTRATION_*} constants, or 0 when missing. */
  public static long registrationKind(long token) {
    return token & KIND_MASK;
  }

  /** The word's distinct characters in order: "intelligence" and "itelligence" give "ceginlt". */
  static String letterSet(String word) {
    char[] chars = word.toCharArray();
    java.util.Arrays.sort(chars);
    StringBuilder set = new StringBuilder(chars.length);
    for (int i = 0; i < chars.length; i++) {
      if (i == 0 || chars[i] != chars[i - 1]) {
        set.append(chars[i]);
      }
    }
    return set.toString();
  }

  private String phoneticCode(String word) {
    // Digits and very short words have no useful sound; their exact spelling is their code.
    if (word.length() < 3 || !Character.isLetter(word.charAt(0))) {
      return word;
    }
    String code = metaphone.doubleMetaphone(word);
    return code == null || code.isEmpty() ? word : code;
  }
}
