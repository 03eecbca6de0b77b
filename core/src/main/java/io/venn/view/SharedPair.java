package io.venn.view;

/**
 * One overlapping pair a side may see, before its records are read: which records, in which
 * populations. {@link Views#shared} turns it into the {@link SharedRecord} that is shown.
 *
 * @param mine the index of my record in my list
 * @param theirs the index of the partner's record in the partner's list
 */
public record SharedPair(int mine, String minePopulation, int theirs, String theirsPopulation, double score) {}
