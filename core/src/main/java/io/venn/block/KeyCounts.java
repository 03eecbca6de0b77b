package io.venn.block;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * How many records hold each key, counted in parallel: keys are gathered per batch of records and
 * bucketed by key-hash partition, then each partition is counted by one thread. Counts do not depend
 * on the order of the work, so the result is the same however many threads count. Immutable once
 * built.
 */
final class KeyCounts {
  /** The keys one record contributes, each at most once per record. */
  @FunctionalInterface
  interface RecordKeys {
    void keys(int record, LongConsumer out);
  }

  private final LongIntHashMap[] partitions;

  private KeyCounts(LongIntHashMap[] partitions) {
    this.partitions = partitions;
  }

  static KeyCounts count(int records, RecordKeys source, Parts parts) {
    int batchCount = (records + CandidateIndex.BATCH - 1) / CandidateIndex.BATCH;
    long[][][] batches = new long[batchCount][][];
    parts.run(batchCount, b -> batches[b] = gather(source, b * CandidateIndex.BATCH, Math.min(records, (b + 1) * CandidateIndex.BATCH)));
    LongIntHashMap[] partitions = new LongIntHashMap[CandidateIndex.PARTITIONS];
    parts.run(partitions.length, p -> {
      int total = 0;
      for (long[][] batch : batches) {
        total += batch[p].length;
      }
      LongIntHashMap counts = new LongIntHashMap(Math.max(16, total / 2));
      for (long[][] batch : batches) {
        for (long key : batch[p]) {
          counts.add(key, 1);
        }
        batch[p] = null;
      }
      partitions[p] = counts.trimmed();
    });
    return new KeyCounts(partitions);
  }

  /** The keys of records {@code [from, to)}, by partition. */
  private static long[][] gather(RecordKeys source, int from, int to) {
    long[][] out = new long[CandidateIndex.PARTITIONS][];
    int[] sizes = new int[out.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = new long[16];
    }
    for (int r = from; r < to; r++) {
      source.keys(r, key -> {
        int p = CandidateIndex.partition(key);
        if (sizes[p] == out[p].length) {
          out[p] = Arrays.copyOf(out[p], sizes[p] * 2);
        }
        out[p][sizes[p]++] = key;
      });
    }
    for (int p = 0; p < out.length; p++) {
      out[p] = Arrays.copyOf(out[p], sizes[p]);
    }
    return out;
  }

  /** Bytes of the counts' tables: what keeping them costs. */
  long bytes() {
    long sum = 0;
    for (LongIntHashMap p : partitions) {
      sum += p.bytes();
    }
    return sum;
  }

  /** Records holding {@code key}; 0 for a key never seen. */
  int get(long key) {
    return partitions[CandidateIndex.partition(key)].get(key, 0);
  }
}
