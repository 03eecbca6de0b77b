package io.venn.cluster;

import java.util.Arrays;

/**
 * A connected group of matched records: indices into the left and right input lists. With the
 * default one-to-one clustering an entity holds exactly one record of each side.
 */
public record Entity(int[] left, int[] right) {
  public Entity {
    left = left.clone();
    right = right.clone();
  }

  @Override
  public int[] left() {
    return left.clone();
  }

  @Override
  public int[] right() {
    return right.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Entity e && Arrays.equals(left, e.left) && Arrays.equals(right, e.right);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(left) + Arrays.hashCode(right);
  }

  @Override
  public String toString() {
    return "Entity" + Arrays.toString(left) + "~" + Arrays.toString(right);
  }
}
