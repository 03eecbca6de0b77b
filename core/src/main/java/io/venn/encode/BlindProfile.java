package io.venn.encode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a blind-mode encoding keeps: the record-level features the matcher needs, with the per-word
 * tokens that let a matcher without the secret run frequency analysis folded into the record.
 * Applied by the encoding party to each {@link EncodedAccount} before it leaves its machine;
 * measured by the attack suite in {@code benchmarks/} (see {@code docs/privacy.md}). Thread-safe.
 *
 * <p>Deterministic per-word tokens are the weakness: "bank" gets the same token in every record, so
 * ranking tokens by frequency against public word counts names them, and with them the records and
 * then the Bloom filters. This profile changes, for each record:
 *
 * <ul>
 *   <li><b>Common words</b> (in at least {@link #COMMON_WORD_MIN} background company names) after the
 *       first are keyed together with the record's <i>anchor</i>, the first three letters of its
 *       first word: "bank" in "Acme Bank" and "bank" in "Zylon Bank" become unrelated tokens, yet
 *       "Acme Bank" still meets "Acme Bank Holdings" word for word. Such a token occurs about as
 *       often as its anchor, so it stands out far less by frequency. The anchor is taken from the
 *       front because truncations, dropped suffixes and most typos leave it in place. A common
 *       first word ("China", "First") is keyed with the first letters of the second word.
 *   <li><b>Uncommon words</b> keep a token of their own: they occur a few times in any list.
 *   <li>Each name token carries its word's background frequency class (7 classes) in its low bits,
 *       so the matcher can weigh words ({@link TokenPriors#blind()}) without a shipped table.
 *   <li><b>Spelling tokens</b> (prefix, stem, letter set) are keyed with the anchor too; the first
 *       word has no prefix token (it would be the anchor itself, read off by frequency). Sound codes are dropped (the name filter's LSH still finds misspelt names).
 *   <li><b>Initials</b>, <b>acronym</b> and <b>site-name</b> tokens are dropped: two or three letters, shared by
 *       many names, they would be read off by frequency. So is the <b>joined</b> token of the first two
 *       words: a deterministic word token, readable by frequency, that could not meet the profile's
 *       salted word tokens anyway ("Coca Cola" meets "CocaCola" only in broker mode). Whole-name <b>skeleton</b>, website,
 *       subsite, phone and registration tokens stay: each is about as rare as the record.
 *   <li><b>Country</b> is keyed with the website's brand (the domain label without its group-site
 *       bits, so legrandgroup.com and legrand.fr key it alike), and left out when there
 *       is no website: two records of one site still agree or disagree on it, whatever their names,
 *       but its counts follow (site, country) pairs, not the skewed distribution of countries.
 *       <b>State</b> and <b>city</b> are keyed with the anchor.
 *   <li><b>Name filter</b> bits are moved by a keyed permutation per country (a salted filter):
 *       what someone learns of one country's bit patterns does not carry over to another.
 *   <li><b>Population</b> labels become keyed tokens ({@link #population}, applied by {@code venn
 *       encode}, which knows the side), mapped back by the owner through sealed labels.
 * </ul>
 *
 * <p>No background word table is shipped with a blind list: the matcher passes {@link
 * TokenPriors#blind()}, which reads the class bits.
 */
public final class BlindProfile {
  /**
   * Words in at least this many of the background vocabulary's company names count as common. Low
   * on purpose: a word in 5 of 53,000 background names is still expected a few times in a list of
   * 20,000, enough for an attacker to line up counts.
   */
  public static final int COMMON_WORD_MIN = 5;

  /** Background frequency classes: class c holds counts in [5 * 3^(c-1), 5 * 3^c); the last is open. */
  private static final int CLASSES = 7;

  private static final long CLASS_MASK = 7;

  /** Names counted in the background vocabulary: the denominator of {@link #backgroundCount}. */
  static final long BACKGROUND_DOCUMENTS = Vocabulary.VALUE.documents();

  private static final byte UNCOMMON = 1;
  private static final byte ANCHORED = 2;
  private static final byte PREFIX = 3;
  private static final byte STEM = 4;
  private static final byte LETTERS = 5;
  private static final byte CITY = 6;
  private static final byte PERMUTATION = 7;
  private static final byte COUNTRY = 8;
  private static final byte STATE = 9;

  private final ThreadLocal<Mac> mac;
  private final java.util.concurrent.ConcurrentHashMap<WordKey, long[]> wordCache = new java.util.concurrent.ConcurrentHashMap<>();
  /** Country token -> the keyed permutation of filter bits for that country. */
  private final java.util.concurrent.ConcurrentHashMap<Long, int[]> permutations = new java.util.concurrent.ConcurrentHashMap<>();
  private final ThreadLocal<Mac> populationMac;
  /** (side, label) -> token: a list has a handful of labels, each on thousands of records. */
  private final java.util.concurrent.ConcurrentHashMap<String, String> populations = new java.util.concurrent.ConcurrentHashMap<>();
  /** Encoder name-word token of each common word -> its frequency class. */
  private final Map<Long, Integer> common;

  private BlindProfile(EncodingKey key) {
    SecretKeySpec spec = new SecretKeySpec(key.derive("blind-profile", 32), "HmacSHA256");
    this.mac = ThreadLocal.withInitial(() -> TokenHash.hmac(spec));
    SecretKeySpec populationSpec = new SecretKeySpec(key.derive("population", 32), "HmacSHA256");
    this.populationMac = ThreadLocal.withInitial(() -> TokenHash.hmac(populationSpec));
    // The encoder's name-word tokens ("n:" under the "token" sub-key), computed here so the profile
    // can tell a common word by its token alone: the vocabulary never leaves the encoding party.
    TokenHash tokens = TokenHash.keyed(key.derive("token", 32));
    Map<Long, Integer> classes = new HashMap<>();
    Vocabulary.VALUE.counts().forEach((word, n) -> {
      if (n >= COMMON_WORD_MIN) {
        classes.put(tokens.token("n:" + word), frequencyClass(n));
      }
    });
    this.common = Map.copyOf(classes);
  }

  /** The profile for lists encoded under {@code key} (the same key as their {@link AccountEncoder}). */
  public static BlindProfile of(EncodingKey key) {
    return new BlindProfile(Objects.requireNonNull(key, "key"));
  }

  /**
   * The blind-mode form of an encoding made by {@code AccountEncoder.withKey(key)} for the same key:
   * same ref and sealed payload, features as described in the class comment.
   */
  public EncodedAccount apply(EncodedAccount a) {
    long[] words = a.nameTokens();
    int n = words.length;
    // The first word's first three letters anchor the rest: truncations, dropped suffixes and
    // abbreviations of later words ("Pfeiffer Vacuum Tech") leave them in place, and so do most
    // typos and abbreviations of the first word itself ("Westn Digital", "Imp. Oil").
    long anchor = n == 0 ? 0 : a.prefixTokens()[0] & ~AccountEncoder.PREFIX_FLAGS;
    long[] name = new long[n];
    long[] prefix = new long[n];
    long[] stem = new long[n];
    long[] letters = new long[n];
    for (int i = 0; i < n; i++) {
      long[] f = word(a, i, anchor);
      name[i] = f[0];
      prefix[i] = f[1];
      stem[i] = f[2];
      letters[i] = f[3];
    }
    return new EncodedAccount(
        a.ref(),
        a.population(),
        name,
        new long[n],
        prefix,
        stem,
        letters,
        permuted(a.nameFilter(), a.country()),
        a.domain(),
        a.domainLabel(),
        // Keyed with the website's name, so two records of one site agree or disagree on country
        // whatever their names ("IBM" / "International Business Machines"), and regional sites
        // (acme.fr / acme.be) still disagree; without a website the country is left out. A group's
        // site keys it as its brand's does (legrandgroup.com / legrand.fr).
        a.domainLabel() == 0 ? 0 : keyedOrMissing(COUNTRY, a.country(), AccountEncoder.brandOfLabel(a.domainLabel())),
        keyedOrMissing(CITY, a.city(), anchor),
        a.phone(),
        a.registration(),
        keyedOrMissing(STATE, a.state(), anchor),
        EncodedAccount.NO_TOKENS,
        0,
        a.skeleton(),
        a.subsite(),
        0, // joined: a raw word token, readable by frequency
        EncodedAccount.NO_TOKENS, // site names: the name keyed as a label, as readable as the joined word
        a.sealed());
  }

  /**
   * What a word's blind features depend on: the word (its encoder token), the salt of its name token,
   * the record's anchor (its spelling tokens' salt), and whether it comes first.
   */
  private record WordKey(long word, long salt, long anchor, boolean first) {}

  /** Entries kept of {@link #wordCache}: a few hundred bytes each. */
  private static final int WORD_CACHE_LIMIT = 1 << 19;

  /**
   * The blind name, prefix, stem and letter-set tokens of word {@code i}: functions of the word, the
   * record's anchor and, for a common first word, the next word's prefix only, so memoized by those:
   * names share words and anchors, and the four HMACs are the profile's cost. The cache holds only
   * what the encoding party already has.
   */
  private long[] word(EncodedAccount a, int i, long anchor) {
    long[] words = a.nameTokens();
    Integer frequency = common.get(words[i]);
    // A common first word ("China", "First", "American") would stand out by its count: it is keyed
    // with the first letters of the word after it; other common words with the anchor.
    long salt = frequency == null ? 0 : i > 0 ? anchor : words.length > 1 ? a.prefixTokens()[1] & ~AccountEncoder.PREFIX_FLAGS : 0;
    WordKey key = new WordKey(words[i], salt, anchor, i == 0);
    long[] cached = wordCache.get(key);
    if (cached != null) {
      return cached;
    }
    long t = keyed(frequency == null ? UNCOMMON : ANCHORED, words[i], salt);
    // The word's frequency class rides in the token's low bits: the matcher weighs the word
    // (TokenPriors.blind()) without a shipped table that would name it.
    long name = t & ~CLASS_MASK | (frequency == null ? 0 : frequency);
    if (name == 0) {
      name = CLASS_MASK + 1;
    }
    long prefix = 0;
    if (i > 0) {
      long p = a.prefixTokens()[i];
      // The low bits say what kind of word it is (AccountEncoder.PREFIX_FLAGS): kept as they are.
      prefix = p == 0 ? 0 : (keyed(PREFIX, p & ~AccountEncoder.PREFIX_FLAGS, anchor) & ~AccountEncoder.PREFIX_FLAGS)
          | (p & AccountEncoder.PREFIX_FLAGS);
    }
    long[] f = {name, prefix, keyedOrMissing(STEM, a.stemTokens()[i], anchor), keyedOrMissing(LETTERS, a.letterTokens()[i], anchor)};
    if (wordCache.size() < WORD_CACHE_LIMIT) {
      wordCache.put(key, f);
    }
    return f;
  }

  /**
   * The keyed form of a population label as blind lists carry it: "p-" and 24 hex digits of
   * HMAC-SHA256 under the job's "population" sub-key of (side, label). The matcher sees only which
   * records share a label; the side in the input keeps equal labels of the two sides ("Customers"
   * and "Customers") from showing as equal tokens. The owner maps tokens back with the sealed label
   * its list carries ({@link Sealer#population}).
   *
   * @param side the side whose list it is ("a" or "b", {@link PartnershipSecret#side})
   */
  public String population(String side, String label) {
    String key = side + "|" + label;
    String token = populations.get(key);
    if (token == null) {
      Mac m = populationMac.get();
      byte[] h = m.doFinal(key.getBytes(StandardCharsets.UTF_8));
      token = "p-" + HexFormat.of().formatHex(h, 0, 12);
      populations.put(key, token);
    }
    return token;
  }

  /**
   * The background count a blind name token stands for: the middle of its word's frequency class,
   * or 0 for an uncommon word.
   */
  static int backgroundCount(long token) {
    int c = (int) (token & CLASS_MASK);
    return c == 0 ? 0 : (int) Math.round(COMMON_WORD_MIN * Math.pow(3, c - 0.5));
  }

  static int frequencyClass(int count) {
    int c = 1 + (int) Math.floor(Math.log((double) count / COMMON_WORD_MIN) / Math.log(3));
    return Math.max(1, Math.min(CLASSES, c));
  }

  /** The vocabulary, read once per JVM. */
  private static final class Vocabulary {
    static final BackgroundVocabulary VALUE = BackgroundVocabulary.load();
  }

  /**
   * The name filter with its bits moved by a keyed permutation chosen by the country: "salting" the
   * filter, so bit patterns learnt on one country's names say nothing about another's, while two
   * filters of one country compare exactly as before (records of different countries are not
   * compared by name anyway: their name tokens differ).
   */
  private long[] permuted(long[] filter, long salt) {
    int[] to = permutations.computeIfAbsent(salt, this::permutation);
    long[] out = new long[NameFilter.LENGTH];
    for (int w = 0; w < NameFilter.WORDS; w++) {
      long bits = filter[w];
      while (bits != 0) {
        int pos = to[(w << 6) + Long.numberOfTrailingZeros(bits)];
        out[pos >>> 6] |= 1L << (pos & 63);
        bits &= bits - 1;
      }
    }
    out[NameFilter.WORDS] = filter[NameFilter.WORDS];
    return out;
  }

  /** Positions sorted by their keyed hash under this salt: a permutation only the key holders can compute. */
  private int[] permutation(long salt) {
    long[][] order = new long[NameFilter.BITS][];
    for (int i = 0; i < NameFilter.BITS; i++) {
      order[i] = new long[] {keyed(PERMUTATION, i, salt), i};
    }
    java.util.Arrays.sort(order, (x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    int[] to = new int[NameFilter.BITS];
    for (int i = 0; i < NameFilter.BITS; i++) {
      to[(int) order[i][1]] = i;
    }
    return to;
  }

  private long keyedOrMissing(byte kind, long token, long anchor) {
    return token == 0 ? 0 : keyed(kind, token, anchor);
  }

  /** HMAC of (kind, token, anchor) truncated to 64 bits; never 0, which means "missing". */
  private long keyed(byte kind, long token, long anchor) {
    byte[] in = ByteBuffer.allocate(17).put(kind).putLong(token).putLong(anchor).array();
    long t = ByteBuffer.wrap(mac.get().doFinal(in)).getLong();
    return t == 0 ? 1 : t;
  }
}
