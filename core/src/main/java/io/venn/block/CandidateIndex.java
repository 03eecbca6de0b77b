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

  private final LongIntHashMap keyIds;
  private final int[] offsets;
  private final int[] postings;
  private final byte[] kinds;
  private final int indexedSize;
  private final LongAdder pairs = new LongAdder();
  private final LongAdder skipped = new LongAdder();

  private CandidateIndex(LongIntHashMap keyIds, int[] offsets, int[] postings, byte[] kinds, int indexedSize) {
    this.keyIds = keyIds;
    this.offsets = offsets;
    this.postings = postings;
    this.kinds = kinds;
    this.indexedSize = indexedSize;
  }

  /** Indexes every blocking key of every record of {@code indexed}. */
  public static CandidateIndex build(List<EncodedAccount> indexed) {
    int n = indexed.size();
    LongIntHashMap ids = new LongIntHashMap(n * 8);
    List<Byte> kindList = new ArrayList<>();
    int[] counts = new int[Math.max(16, n * 8)];
    KeyBuffer buffer = new KeyBuffer(); // one for all records: the build runs on one thread
    for (int r = 0; r < n; r++) {
      long[] keys = allKeys(indexed.get(r), buffer);
      for (int k = 0; k < buffer.n; k += 2) {
        int id = ids.putIfAbsent(keys[k], ids.size());
        if (id == kindList.size()) {
          kindList.add((byte) keys[k + 1]);
        }
        if (id >= counts.length) {
          counts = java.util.Arrays.copyOf(counts, counts.length * 2);
        }
        counts[id]++;
      }
    }
    int distinct = ids.size();
    int[] offsets = new int[distinct + 1];
    for (int i = 0; i < distinct; i++) {
      offsets[i + 1] = offsets[i] + counts[i];
    }
    int[] fill = java.util.Arrays.copyOf(offsets, distinct);
    int[] postings = new int[offsets[distinct]];
    // Keys are computed again rather than kept: holding them for a million records costs ~300 MB.
    for (int r = 0; r < n; r++) {
      long[] keys = allKeys(indexed.get(r), buffer);
      for (int k = 0; k < buffer.n; k += 2) {
        postings[fill[ids.get(keys[k], -1)]++] = r;
      }
    }
    byte[] kinds = new byte[distinct];
    for (int i = 0; i < distinct; i++) {
      kinds[i] = kindList.get(i);
    }
    return new CandidateIndex(ids, offsets, postings, kinds, n);
  }

  /**
   * Keys of a record as (key, kind ordinal) pairs, a record's own duplicate keys once: the first
   * {@code keys.n} entries of the returned array, which is {@code keys}' own and valid until its next use.
   */
  private static long[] allKeys(EncodedAccount a, KeyBuffer keys) {
    keys.n = 0;
    for (long t : a.nameTokens()) {
      keys.add(KeyKind.NAME_TOKEN, t);
    }
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
    keys.add(KeyKind.PHONE, a.phone());
    keys.add(KeyKind.REGISTRATION, a.registration());
    keys.add(KeyKind.INITIALS, a.initials());
    keys.add(KeyKind.INITIALS, a.acronym());
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
    addExact(KeyKind.PHONE, query.phone(), PHONE_CAP, cursor);
    addExact(KeyKind.REGISTRATION, query.registration(), REGISTRATION_CAP, cursor);
    // A long name's initials meet an initialism, and an initialism meets long names' initials.
    addExact(KeyKind.INITIALS, query.acronym(), INITIALS_CAP, cursor);
    addExact(KeyKind.INITIALS, query.initials(), INITIALS_CAP, cursor);
    addSound(query.skeleton(), cursor);
    long[] tokens = query.nameTokens();
    int[] order = rarestFirst(tokens, stats);
    int budget = NAME_BUDGET;
    for (int i : order) {
      int id = keyIds.get(KeyKind.NAME_TOKEN.key(tokens[i]), -1);
      if (id < 0) {
        continue;
      }
      int size = offsets[id + 1] - offsets[id];
      if (size <= budget) {
        budget -= size;
        addPostings(id, cursor);
      } else {
        skipped.increment();
      }
    }
    for (int i = 0; i + 1 < tokens.length; i++) {
      addExact(KeyKind.NAME_PAIR, pair(tokens[i], tokens[i + 1]), PAIR_CAP, cursor);
    }
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
    int id = keyIds.get(kind.key(token), -1);
    if (id < 0) {
      return;
    }
    if (offsets[id + 1] - offsets[id] > cap) {
      skipped.increment();
      return;
    }
    addPostings(id, cursor);
  }

  private void addPostings(int id, Cursor cursor) {
    for (int p = offsets[id]; p < offsets[id + 1]; p++) {
      cursor.add(postings[p]);
    }
  }

  /**
   * What blocking cost so far: distinct pairs returned by {@link #candidates} and keys skipped as
   * too common, plus the largest blocks in the index.
   */
  public BlockingReport report(int largest) {
    PriorityQueue<int[]> top = new PriorityQueue<>(Comparator.comparingInt((int[] e) -> e[1]));
    for (int id = 0; id < kinds.length; id++) {
      int size = offsets[id + 1] - offsets[id];
      if (top.size() < largest) {
        top.add(new int[] {id, size});
      } else if (!top.isEmpty() && top.peek()[1] < size) {
        top.poll();
        top.add(new int[] {id, size});
      }
    }
    List<BlockingReport.Block> blocks = new ArrayList<>();
    while (!top.isEmpty()) {
      int[] e = top.poll();
      blocks.add(0, new BlockingReport.Block(KeyKind.of(kinds[e[0]]).label(), e[1]));
    }
    return new BlockingReport(pairs.sum(), skipped.sum(), blocks);
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
  private static final class KeyBuffer {
    private long[] buf = new long[32];
    private int n;

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
