package io.venn.bench.fuzz;

import java.nio.file.Path;

/** The fuzzing harness's settings, from the command line. */
/**
 * @param minutes wall-clock budget: no new input is sent after it, and the report says how many were
 */
record FuzzOptions(Path jar, int inputs, long seed, int threads, int timeoutSeconds, String heap, Path out, int minutes) {
  static final String USAGE =
      "usage: FuzzService [--jar service/target/venn-service.jar] [--inputs 10000] [--seed 11] [--threads 2]"
          + " [--timeout 30] [--heap 512m] [--out DIR] [--minutes 60]";

  /** @throws IllegalArgumentException naming an unknown option or a bad value */
  static FuzzOptions parse(String[] args) {
    Path jar = Path.of("service/target/venn-service.jar");
    int inputs = 10_000;
    long seed = 11;
    int threads = 2;
    int timeout = 30;
    String heap = "512m";
    Path out = Path.of(System.getProperty("java.io.tmpdir"), "venn-fuzz");
    int minutes = 60;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value. " + USAGE);
      }
      String value = args[++i];
      try {
        switch (option) {
          case "--jar" -> jar = Path.of(value);
          case "--inputs" -> inputs = positive(option, Integer.parseInt(value));
          case "--seed" -> seed = Long.parseLong(value);
          case "--threads" -> threads = positive(option, Integer.parseInt(value));
          case "--timeout" -> timeout = positive(option, Integer.parseInt(value));
          case "--heap" -> heap = value;
          case "--out" -> out = Path.of(value);
          case "--minutes" -> minutes = positive(option, Integer.parseInt(value));
          default -> throw new IllegalArgumentException("unknown option " + option + ". " + USAGE);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be a number, was '" + value + "'. " + USAGE);
      }
    }
    if (!jar.toFile().isFile()) {
      throw new IllegalArgumentException(
          "--jar " + jar + " does not exist; build it first: mvn -q -B -pl service -am package -DskipTests");
    }
    return new FuzzOptions(jar, inputs, seed, threads, timeout, heap, out, minutes);
  }

  private static int positive(String option, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(option + " must be positive, was " + value);
    }
    return value;
  }
}
