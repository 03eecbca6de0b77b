package io.venn.block;

import io.venn.encode.EncodedAccount;
import java.util.Arrays;
import java.util.List;

/**
 * The blocking keys of one chunk of indexed records, bucketed by index partition: what the
 * parallel build of {@link CandidateIndex} hands from the threads that compute keys to the threads
 * that build partitions. Within a bucket, entries keep record order.
 *
 * <p>Keys are kept (12 bytes each) rather than computed twice, as the single-threaded build did to
 * save memory; each partition's share is let go once that partition is built, so the batches shrink
 * as the index grows and the build's peak stays near the old build's one large hash table.
 */
final class KeyBatch {
  /** Kind ordinals fit in the low bits of an entry; the record index takes the rest. */
  static final int KIND_BITS = 4;

  /** Most records one index can hold, so that a record index and a kind share one int. */
  static final int MAX_RECORDS = 1 << (31 - KIND_BITS);

  /** Per partition: the keys, and beside each {@code record << KIND_BITS | kind}. Null once built. */
  private final long[][] keys;
  private final int[][] entries;

  private KeyBatch(long[][] keys, int[][] entries) {
    this.keys = keys;
    this.entries = entries;
  }

  /** Computes the keys of records {@code [from, to)}. */
  static KeyBatch of(List<EncodedAccount> records, int from, int to) {
    CandidateIndex.KeyBuffer buffer = new CandidateIndex.KeyBuffer();
    long[] allKeys = new long[Math.max(16, (to - from) * 24)];
    int[] allEntries = new int[allKeys.length];
    int[] counts = new int[CandidateIndex.PARTITIONS];
    int n = 0;
    for (int r = from; r < to; r++) {
      long[] keys = CandidateIndex.allKeys(records.get(r), buffer);
      if (n + buffer.size() / 2 > allKeys.length) {
        allKeys = Arrays.copyOf(allKeys, Math.max(allKeys.length * 2, n + buffer.size() / 2));
        allEntries = Arrays.copyOf(allEntries, allKeys.length);
      }
      for (int k = 0; k < buffer.size(); k += 2) {
        allKeys[n] = keys[k];
        allEntries[n] = r << KIND_BITS | (int) keys[k + 1];
        counts[CandidateIndex.partition(keys[k])]++;
        n++;
      }
    }
    long[][] byPartKeys = new long[counts.length][];
    int[][] byPartEntries = new int[counts.length][];
    for (int p = 0; p < counts.length; p++) {
      byPartKeys[p] = new long[counts[p]];
      byPartEntries[p] = new int[counts[p]];
    }
    int[] fill = new int[counts.length];
    for (int i = 0; i < n; i++) {
      int p = CandidateIndex.partition(allKeys[i]);
      byPartKeys[p][fill[p]] = allKeys[i];
      byPartEntries[p][fill[p]++] = allEntries[i];
    }
    return new KeyBatch(byPartKeys, byPartEntries);
  }

  long[] keys(int partition) {
    return keys[partition];
  }

  int[] entries(int partition) {
    return entries[partition];
  }

  /** Lets a built partition's entries go: the batches shrink as the partitions grow. */
  void release(int partition) {
    keys[partition] = null;
    entries[partition] = null;
  }
}
