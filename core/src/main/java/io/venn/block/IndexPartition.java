package io.venn.block;

import java.util.Arrays;

/**
 * The keys of one hash partition of a {@link CandidateIndex} and their blocks: ids in order of
 * first appearance, each block's records in record order. Immutable once built.
 */
final class IndexPartition {
  final LongIntHashMap ids;
  /** Block {@code id} is {@code postings[offsets[id]]} to {@code postings[offsets[id + 1] - 1]}. */
  final int[] offsets;
  final int[] postings;
  final byte[] kinds;

  private IndexPartition(LongIntHashMap ids, int[] offsets, int[] postings, byte[] kinds) {
    this.ids = ids;
    this.offsets = offsets;
    this.postings = postings;
    this.kinds = kinds;
  }

  /**
   * Builds partition {@code p} from its entries in every batch, taken in batch order, which is
   * record order: the result does not depend on which thread computed which batch.
   */
  static IndexPartition build(KeyBatch[] batches, int p) {
    int total = 0;
    for (KeyBatch b : batches) {
      total += b.keys(p).length;
    }
    // Most keys are rare (one record's phone, its name bands): distinct keys are most of the entries.
    LongIntHashMap ids = new LongIntHashMap(Math.max(16, total / 2));
    int[] idOf = new int[total];
    int[] counts = new int[Math.max(16, total / 2)];
    byte[] kinds = new byte[counts.length];
    int e = 0;
    for (KeyBatch b : batches) {
      long[] keys = b.keys(p);
      int[] entries = b.entries(p);
      for (int i = 0; i < keys.length; i++) {
        int id = ids.putIfAbsent(keys[i], ids.size());
        if (id == counts.length) {
          counts = Arrays.copyOf(counts, counts.length * 2);
          kinds = Arrays.copyOf(kinds, counts.length);
        }
        if (counts[id]++ == 0) {
          kinds[id] = (byte) (entries[i] & ((1 << KeyBatch.KIND_BITS) - 1));
        }
        idOf[e++] = id;
      }
    }
    int distinct = ids.size();
    int[] offsets = new int[distinct + 1];
    for (int i = 0; i < distinct; i++) {
      offsets[i + 1] = offsets[i] + counts[i];
    }
    int[] fill = Arrays.copyOf(offsets, distinct);
    int[] postings = new int[total];
    e = 0;
    for (KeyBatch b : batches) {
      for (int entry : b.entries(p)) {
        postings[fill[idOf[e++]]++] = entry >>> KeyBatch.KIND_BITS;
      }
      b.release(p);
    }
    // Sized for the entries, the table is ~6x its distinct keys at 1M: trimmed, it is the old index's half.
    return new IndexPartition(ids.trimmed(), offsets, postings, Arrays.copyOf(kinds, distinct));
  }

  int blocks() {
    return kinds.length;
  }

  int size(int id) {
    return offsets[id + 1] - offsets[id];
  }
}
