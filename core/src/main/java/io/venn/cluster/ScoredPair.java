package io.venn.cluster;

/** A candidate pair that decide accepted: indices into the left and right lists and its score. */
public record ScoredPair(int left, int right, double score) {}
