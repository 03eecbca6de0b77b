package io.venn.view;

/** Which input list of a match a viewer owns. */
public enum Side {
  LEFT,
  RIGHT;

  public Side other() {
    return this == LEFT ? RIGHT : LEFT;
  }
}
