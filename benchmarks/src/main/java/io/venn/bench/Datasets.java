package io.venn.bench;

import io.venn.bench.accuracy.Truth;
import io.venn.bench.data.CrmFormat;
import io.venn.bench.data.GeneratedLists;
import io.venn.bench.data.GeneratorConfig;
import io.venn.bench.data.ListWriter;
import io.venn.bench.data.PartnerListGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generates a labelled pair of lists, writes it as CSV files and keeps only its truth in memory. */
public final class Datasets {
  private Datasets() {}

  /**
   * One generated size on disk.
   *
   * @param dir holds left.csv, right.csv, truth.csv (left_id,right_id,kinds) and hard-negatives.csv
   */
  public record Dataset(GeneratorConfig config, Path dir, Truth truth) {
    public Path left() {
      return dir.resolve("left.csv");
    }

    public Path right() {
      return dir.resolve("right.csv");
    }

    public int size() {
      return config.size();
    }
  }

  public static Dataset create(Path work, int size, long seed) throws IOException {
    GeneratorConfig config = GeneratorConfig.of(size, seed);
    Path dir = work.resolve("n" + size);
    Files.createDirectories(dir);
    long start = System.nanoTime();
    GeneratedLists lists = PartnerListGenerator.standard().generate(config);
    ListWriter.writeAccounts(dir.resolve("left.csv"), lists.left(), CrmFormat.PLAIN);
    ListWriter.writeAccounts(dir.resolve("right.csv"), lists.right(), CrmFormat.PLAIN);
    ListWriter.writeTruth(dir.resolve("truth.csv"), lists.truth());
    ListWriter.writeHardNegatives(dir.resolve("hard-negatives.csv"), lists.hardNegatives());
    Truth truth = Truth.of(lists);
    System.out.printf("  generated %,d x %,d (%,d true pairs, %,d hard negatives) in %.1f s -> %s%n", size, size,
        lists.truth().size(), lists.hardNegatives().size(), (System.nanoTime() - start) / 1e9, dir);
    return new Dataset(config, dir, truth);
  }
}
