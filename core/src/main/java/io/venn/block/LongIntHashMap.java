package io.venn.block;

import java.util.Arrays;

/**
 * An open-addressing map from non-zero {@code long} keys to {@code int} values. Keyed tokens are
 * uniformly distributed and never 0, so 0 can mark an empty slot and linear probing stays short.
 * Avoids boxing millions of tokens into a {@code HashMap<Long, Integer>}. Not thread-safe.
 */
final class LongIntHashMap {
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntHashMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new long[cap];
    values = new int[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The value for {@code key}, or {@code missing}. */
  int get(long key, int missing) {
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == 0) {
        return missing;
      }
      i = (i + 1) & mask;
    }
  }

  /** Adds {@code delta} to the value of {@code key} (0 when absent); returns the new value. */
  int add(long key, int delta) {
    int i = claim(key);
    return values[i] += delta;
  }

  /** Sets {@code key} to {@code value} if absent; returns the value now stored. */
  int putIfAbsent(long key, int value) {
    int before = size;
    int i = claim(key);
    if (size != before) {
      values[i] = value;
    }
    return values[i];
  }

  /** The slot of {@code key}, inserting it with value 0 when absent (growing first if needed). */
  private int claim(long key) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return i;
      }
      if (k == 0) {
        keys[i] = key;
        values[i] = 0;
        size++;
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  private int slot(long key) {
    if (key == 0) {
      throw new IllegalArgumentException("key 0 is reserved for empty slots");
    }
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        putIfAbsent(oldKeys[i], oldValues[i]);
      }
    }
  }

  /** Bytes of the two arrays: what keeping this map costs. */
  long bytes() {
    return (long) keys.length * Long.BYTES + (long) values.length * Integer.BYTES;
  }

  /**
   * A copy sized for the keys it holds: a map filled without knowing how many of its keys repeat
   * can be several times larger than it needs to be for the rest of its life.
   */
  LongIntHashMap trimmed() {
    LongIntHashMap copy = new LongIntHashMap(size);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        copy.putIfAbsent(keys[i], values[i]);
      }
    }
    return copy;
  }

  @Override
  public String toString() {
    return "LongIntHashMap[size=" + size + ", capacity=" + keys.length + "]";
  }

  long[] keysForTest() {
    return Arrays.stream(keys).filter(k -> k != 0).toArray();
  }
}
