package io.venn.bench.data;

/**
 * What to generate: two lists of {@code size} records each.
 *
 * @param seed every random choice derives from it; the same config gives the same lists
 * @param size records per list, at least 10
 * @param overlap fraction of each list's companies that the other list also has, in [0, 0.9]
 * @param duplicates fraction of each list that is a second record of a company already in it, in [0, 0.2]
 * @param hardNegatives fraction of the right list that is a look-alike of a left-only company, in [0, 0.2]
 * @param exact fraction of true pairs written identically on both sides, in [0, 1]
 */
public record GeneratorConfig(long seed, int size, double overlap, double duplicates, double hardNegatives, double exact) {
  /** The mix the reported accuracy uses: 40% overlap, 2% duplicates, 3% hard negatives, 10% exact pairs. */
  public static GeneratorConfig of(int size, long seed) {
    return new GeneratorConfig(seed, size, 0.40, 0.02, 0.03, 0.10);
  }

  /**
   * @throws IllegalArgumentException if a value is outside its range (named in the message)
   */
  public GeneratorConfig {
    if (size < 10) {
      throw new IllegalArgumentException("size must be at least 10, was " + size);
    }
    check("overlap", overlap, 0.9);
    check("duplicates", duplicates, 0.2);
    check("hardNegatives", hardNegatives, 0.2);
    check("exact", exact, 1.0);
    if (overlap + duplicates + hardNegatives > 1.0) {
      throw new IllegalArgumentException("overlap + duplicates + hardNegatives must not exceed 1, was "
          + (overlap + duplicates + hardNegatives));
    }
  }

  private static void check(String name, double value, double max) {
    if (!(value >= 0 && value <= max)) {
      throw new IllegalArgumentException(name + " must be in [0, " + max + "], was " + value);
    }
  }

  public GeneratorConfig withOverlap(double value) {
    return new GeneratorConfig(seed, size, value, duplicates, hardNegatives, exact);
  }

  public GeneratorConfig withDuplicates(double value) {
    return new GeneratorConfig(seed, size, overlap, value, hardNegatives, exact);
  }

  public GeneratorConfig withHardNegatives(double value) {
    return new GeneratorConfig(seed, size, overlap, duplicates, value, exact);
  }

  public GeneratorConfig withExact(double value) {
    return new GeneratorConfig(seed, size, overlap, duplicates, hardNegatives, value);
  }
}
