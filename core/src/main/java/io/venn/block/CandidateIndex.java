package io.venn.block;

import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * An inverted index from blocking keys to the records of one list (the "indexed" side), queried
 * with each record of the other list: a hash join, so candidate generation grows with the number of
 * records and the size of their blocks, never with the product of the list sizes.
 *
 * <p>Keys too common to discriminate ("group", a shared switchboard number) are skipped at query
 * time by per-kind caps; a record's name words are tried rarest first within a budget. Thread-safe
 * for queries once built; each thread uses its own {@link Cursor}.
 */
public final class CandidateIndex {
  /** Most postings a record may take from its name words, rarest word first. */
  static final int NAME_BUDGET = 100;

  static final int PAIR_CAP = 100;
  static final int PHONETIC_CAP = 30;
  static final int PHONETIC_WORDS = 2;
  static final int LSH_CAP = 20;
  static final int DOMAIN_CAP = 50;
  static final int LABEL_CAP = 50;
  static final int PHONE_CAP = 20;
  static final int REGISTRATION_CAP = 10;
  /** Initialisms are short, so many names share them: only small blocks are worth scoring. */
  static final int INITIALS_CAP = 30;
  static final int SKELETON_CAP = 30;
  /** Latin names sharing a phonetic key with a Latin name: a block this small is one company's records. */
  static final int LATIN_SOUND_CAP = 4;

  /**
   * Hash partitions of the key space, each built by one thread. A fixed number, so the index is the
   * same whatever the number of threads that built it; enough that two to a few dozen threads share
   * the work evenly.
   */
  static final int PARTITIONS = 64;

  /** Records whose keys one task computes during a build; fixed for the same reason. */
  static final int BATCH = 8192;

  private final IndexPartition[] partitions;
  private final int indexedSize;
  private final LongAdder pairs = new LongAdder();
  private final LongAdder skipped = new LongAdder();

  private CandidateIndex(IndexPartition[] partitions, int indexedSize) {
    this.partitions = partitions;
    this.indexedSize = indexedSize;
  }

  /** Indexes every blocking key of every record of {@code indexed}, on the calling thread. */
  public static CandidateIndex build(List<EncodedAccount> indexed) {
    return build(indexed, Parts.SEQUENTIAL);
  }

  /**
   * Indexes every blocking key of every record of {@code indexed}, with the threads {@code parts}
   * lends: keys are computed per batch of records, then each key partition is built from all
   * batches in record order. The index, and so every query's candidates and their order, is the same
   * however the parts are run.
   *
   * @throws IllegalArgumentException if {@code indexed} holds {@value KeyBatch#MAX_RECORDS} records or more
   */
  public static CandidateIndex build(List<EncodedAccount> indexed, Parts parts) {
    int n = indexed.size();
    if (n >= KeyBatch.MAX_RECORDS) {
      throw new IllegalArgumentException("cannot index " + n + " records: at most " + (KeyBatch.MAX_RECORDS - 1));
    }
    KeyBatch[] batches = new KeyBatch[(n + BATCH - 1) / BATCH];
    parts.run(batches.length, b -> batches[b] = KeyBatch.of(indexed, b * BATCH, Math.min(n, (b + 1) * BATCH)));
    IndexPartition[] partitions = new IndexPartition[PARTITIONS];
    parts.run(PARTITIONS, p -> partitions[p] = IndexPartition.build(batches, p));
    return new CandidateIndex(partitions, n);
  }

  /** The partition of a key: high bits of a mix that the partitions' own hash tables do not use. */
  static int partition(long key) {
    return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> 58);
  }

  /**
   * Keys of a record as (key, kind ordinal) pairs, a record's own duplicate keys once: the first
   * {@code keys.size()} entries of the returned array, which is {@code keys}' own and valid until its next use.
   */
  static long[] allKeys(EncodedAccount a, KeyBuffer keys) {
    keys.n = 0;
    for (long t : a.nameTokens()) {
      keys.add(KeyKind.NAME_TOKEN, t);
    }
    // The first two words run together ("Wal-Mart Stores" as "walmart") are a word of the name for
    // blocking too: a name written as one word ("Walmart Inc.") shares no other key with it.
    keys.add(KeyKind.NAME_TOKEN, a.joined());
    long[] tokens = a.nameTokens();
    for (int i = 0; i + 1 < tokens.length; i++) {
      keys.add(KeyKind.NAME_PAIR, pair(tokens[i], tokens[i + 1]));
    }
    for (long p : a.phoneticTokens()) {
      keys.add(KeyKind.PHONETIC, p);
    }
    for (long band : NameLsh.bandKeys(a.nameFilter())) {
      keys.add(KeyKind.NAME_LSH, band);
    }
    keys.add(KeyKind.DOMAIN, a.domain());
    keys.add(KeyKind.DOMAIN_LABEL, a.domainLabel());
    keys.add(KeyKind.WHOLE_SITE_NAME, AccountEncoder.wholeSiteName(a.siteNames()));
    for (long s : a.siteNames()) {
      keys.add(KeyKind.SITE_NAME, AccountEncoder.brandOfSiteName(s));
    }
    if (AccountEncoder.isNonLatin(a.skeleton())) {
      keys.add(KeyKind.SITE_LABEL, AccountEncoder.brandOfLabel(a.domainLabel()));
    }
    keys.add(KeyKind.PHONE, a.phone());
    keys.add(KeyKind.REGISTRATION, a.registration());
    long[] initials = a.initials();
    for (int i = 0; i < initials.length; i++) {
      keys.add(i == 0 ? KeyKind.INITIALS : KeyKind.FORM_INITIALS, initials[i]);
    }
    long acronym = AccountEncoder.initialismKey(a.acronym());
    keys.add(KeyKind.INITIALS, acronym);
    keys.add(KeyKind.ACRONYM, acronym);
    keys.add(KeyKind.SKELETON, AccountEncoder.soundIndexKey(a.skeleton(), false));
    keys.add(KeyKind.SKELETON, AccountEncoder.soundIndexKey(a.skeleton(), true));
    return keys.buf;
  }

  static long pair(long first, long second) {
    return first * 31 + second;
  }

  /** A per-thread query buffer: the distinct candidates of the last query. */
  public Cursor cursor() {
    return new Cursor(indexedSize);
  }

  /**
   * Finds the indexed records that share a useful key with {@code query}.
   *
   * @param stats token rarity, to try name words rarest first
   * @return the number of candidates now in {@code cursor}
   */
  public int candidates(EncodedAccount query, TokenStatistics stats, Cursor cursor) {
    cursor.begin();
    addExact(KeyKind.DOMAIN, query.domain(), DOMAIN_CAP, cursor);
    addExact(KeyKind.DOMAIN_LABEL, query.domainLabel(), LABEL_CAP, cursor);
    // A Latin name without a website, all its words run together, meets the website it would be
    // ("J D Wetherspoon" / jdwetherspoon.com), either side indexed: a plain label's token is its brand.
    addExact(KeyKind.DOMAIN_LABEL, AccountEncoder.wholeSiteName(query.siteNames()), LABEL_CAP, cursor);
    addExact(KeyKind.WHOLE_SITE_NAME, AccountEncoder.brandOfLabel(query.domainLabel()), LABEL_CAP, cursor);
    // A Latin name without a website meets the native-script record's website it spells, either way
    // round ("Nongfu Spring" / 农夫山泉 at nongfuspring.com); never a Latin record's website.
    if (AccountEncoder.isNonLatin(query.skeleton())) {
      addExact(KeyKind.SITE_NAME, AccountEncoder.brandOfLabel(query.domainLabel()), LABEL_CAP, cursor);
    }
    for (long s : query.siteNames()) {
      addExact(KeyKind.SITE_LABEL, AccountEncoder.brandOfSiteName(s), LABEL_CAP, cursor);
    }
    addExact(KeyKind.PHONE, query.phone(), PHONE_CAP, cursor);
    addExact(KeyKind.REGISTRATION, query.registration(), REGISTRATION_CAP, cursor);
    // A long name's initials meet an initialism, and an initialism meets long names' initials.
    // A long name's initials and an initialism meet in one key space, and two long names by equal
    // initials: with typos in every rare word, often the only key they share in a crowded list
    // (dropping it lost 55 true pairs of the generated 1M lists, found 43 others). Initials with
    // the legal form's or compound words' letters ("bpcl", "swm") only between a long name and an initialism.
    long acronym = AccountEncoder.initialismKey(query.acronym());
    addExact(KeyKind.INITIALS, acronym, INITIALS_CAP, cursor);
    addExact(KeyKind.FORM_INITIALS, acronym, INITIALS_CAP, cursor);
    long[] initials = query.initials();
    for (int i = 0; i < initials.length; i++) {
      addExact(i == 0 ? KeyKind.INITIALS : KeyKind.ACRONYM, initials[i], INITIALS_CAP, cursor);
    }
    addSound(query.skeleton(), cursor);
    long[] tokens = query.nameTokens();
    int[] order = rarestFirst(tokens, stats);
    int budget = NAME_BUDGET;
    for (int i : order) {
      long key = KeyKind.NAME_TOKEN.key(tokens[i]);
      IndexPartition part = partitions[partition(key)];
      int id = part.ids.get(key, -1);
      if (id < 0) {
        continue;
      }
      int size = part.size(id);
      if (size <= budget) {
        budget -= size;
        addPostings(part, id, cursor);
      } else {
        skipped.increment();
      }
    }
    for (int i = 0; i + 1 < tokens.length; i++) {
      addExact(KeyKind.NAME_PAIR, pair(tokens[i], tokens[i + 1]), PAIR_CAP, cursor);
    }
    addExact(KeyKind.NAME_TOKEN, query.joined(), PAIR_CAP, cursor);
    long[] phonetic = query.phoneticTokens();
    for (int i = 0; i < Math.min(PHONETIC_WORDS, order.length); i++) {
      addExact(KeyKind.PHONETIC, phonetic[order[i]], PHONETIC_CAP, cursor);
    }
    for (long band : NameLsh.bandKeys(query.nameFilter())) {
      addExact(KeyKind.NAME_LSH, band, LSH_CAP, cursor);
    }
    pairs.add(cursor.size);
    return cursor.size;
  }

  /** Word positions ordered by frequency, rarest first (insertion sort: names are a few words). */
  private static int[] rarestFirst(long[] tokens, TokenStatistics stats) {
    int[] order = new int[tokens.length];
    int[] freq = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      int f = stats.frequency(tokens[i]);
      int k = i;
      while (k > 0 && freq[k - 1] > f) {
        freq[k] = freq[k - 1];
        order[k] = order[k - 1];
        k--;
      }
      freq[k] = f;
      order[k] = i;
    }
    return order;
  }

  /**
   * Names that sound alike across scripts; between two Latin names only a long name's phonetic key,
   * and only in a block small enough to be one company's records ({@link #LATIN_SOUND_CAP}), so lists
   * in Latin script pay little for sound keys ({@link AccountEncoder#soundQueryKey}).
   */
  private void addSound(long sound, Cursor cursor) {
    for (int vowels = 0; vowels < 2; vowels++) {
      for (int nonLatin = 0; nonLatin < 2; nonLatin++) {
        int cap = nonLatin == 0 && !AccountEncoder.isNonLatin(sound) ? LATIN_SOUND_CAP : SKELETON_CAP;
        addExact(KeyKind.SKELETON, AccountEncoder.soundQueryKey(sound, vowels == 1, nonLatin == 1), cap, cursor);
      }
    }
  }

  private void addExact(KeyKind kind, long token, int cap, Cursor cursor) {
    if (token == 0) {
      return;
    }
    long key = kind.key(token);
    IndexPartition part = partitions[partition(key)];
    int id = part.ids.get(key, -1);
    if (id < 0) {
      return;
    }
    if (part.size(id) > cap) {
      skipped.increment();
      return;
    }
    addPostings(part, id, cursor);
  }

  private static void addPostings(IndexPartition part, int id, Cursor cursor) {
    int[] postings = part.postings;
    for (int p = part.offsets[id], end = part.offsets[id + 1]; p < end; p++) {
      cursor.add(postings[p]);
    }
  }

  /**
   * What blocking cost so far: distinct pairs returned by {@link #candidates} and keys skipped as
   * too common, plus the largest blocks in the index (equal sizes: the block whose first record
   * comes first, then by kind).
   */
  public BlockingReport report(int largest) {
    // The worst of the kept blocks at the head, so a better block replaces it.
    PriorityQueue<BlockRef> top = new PriorityQueue<>(BlockRef.LARGEST_FIRST.reversed());
    for (int p = 0; p < partitions.length; p++) {
      IndexPartition part = partitions[p];
      for (int id = 0; id < part.blocks(); id++) {
        int size = part.size(id);
        if (top.size() == largest && (largest == 0 || size < top.peek().size())) {
          continue;
        }
        BlockRef block = new BlockRef(size, part.postings[part.offsets[id]], part.kinds[id], p, id);
        if (top.size() < largest) {
          top.add(block);
        } else if (BlockRef.LARGEST_FIRST.compare(block, top.peek()) < 0) {
          top.poll();
          top.add(block);
        }
      }
    }
    List<BlockingReport.Block> blocks = new ArrayList<>();
    while (!top.isEmpty()) {
      BlockRef b = top.poll();
      blocks.add(0, new BlockingReport.Block(KeyKind.of(b.kind()).label(), b.size()));
    }
    return new BlockingReport(pairs.sum(), skipped.sum(), blocks);
  }

  /** A block for the report, ordered by a rule that does not depend on how the index was built. */
  private record BlockRef(int size, int firstRecord, int kind, int partition, int id) {
    static final Comparator<BlockRef> LARGEST_FIRST = Comparator.comparingInt((BlockRef b) -> -b.size())
        .thenComparingInt(BlockRef::firstRecord).thenComparingInt(BlockRef::kind)
        .thenComparingInt(BlockRef::partition).thenComparingInt(BlockRef::id);
  }

  /** Distinct candidate indices of one query; reused across queries by one thread. */
  public static final class Cursor {
    private final int[] stamp;
    private int epoch;
    private int[] found = new int[256];
    private int size;

    private Cursor(int indexedSize) {
      this.stamp = new int[indexedSize];
    }

    void begin() {
      size = 0;
      if (++epoch == Integer.MAX_VALUE) {
        java.util.Arrays.fill(stamp, 0);
        epoch = 1;
      }
    }

    void add(int record) {
      if (stamp[record] != epoch) {
        stamp[record] = epoch;
        if (size == found.length) {
          found = java.util.Arrays.copyOf(found, size * 2);
        }
        found[size++] = record;
      }
    }

    public int size() {
      return size;
    }

    /** The i-th candidate of the last query. */
    public int get(int i) {
      return found[i];
    }
  }

  /** Collects (key, kind) pairs of one record, skipping missing tokens and repeats. */
  static final class KeyBuffer {
    private long[] buf = new long[32];
    private int n;

    /** Longs in use: twice the number of keys. */
    int size() {
      return n;
    }

    void add(KeyKind kind, long token) {
      if (token == 0) {
        return;
      }
      long key = kind.key(token);
      for (int i = 0; i < n; i += 2) {
        if (buf[i] == key) {
          return;
        }
      }
      if (n + 2 > buf.length) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      }
      buf[n++] = key;
      buf[n++] = kind.ordinal();
    }
  }
}
