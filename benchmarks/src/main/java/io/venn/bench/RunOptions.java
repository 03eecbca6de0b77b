package io.venn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The harness's settings, from the command line.
 *
 * @param accuracySize records per list for the accuracy run (with its precision/recall curve)
 * @param scaleSizes records per list of the timed runs; the first is the baseline of the ratios
 * @param dukeSizes sizes at which Duke runs next to Venn
 * @param budgetSeconds wall-clock budget of each child run (a run over it is killed and reported)
 * @param heap the -Xmx of every child run
 * @param out where RESULTS.md and the plots go
 * @param work where the generated lists and pairs go
 */
record RunOptions(
    long seed, int accuracySize, List<Integer> scaleSizes, List<Integer> dukeSizes, long budgetSeconds,
    long dukeBudgetSeconds, String heap, Path out, Path work, boolean runJmh, boolean quick, boolean corpusOnly) {

  static final String USAGE = """
      usage: RunAll [--quick] [--seed N] [--accuracy-size N] [--scale-sizes N,N,...] [--duke-sizes N,...|none]
                    [--budget SECONDS] [--duke-budget SECONDS] [--heap 3g] [--out DIR] [--work DIR] [--no-jmh]
                    [--corpus-only]
        defaults: accuracy 20000, scale 10000,100000,1000000, duke 20000,100000, budget 900 s, duke budget
        900 s, heap 3g, out benchmarks/ (or . when there is no benchmarks/), work <tmp>/venn-bench
        --quick: accuracy 5000, scale 2000,5000,10000, duke 2000, short JMH (a smoke run, minutes)
        --corpus-only: only the labelled real corpora (under a minute); refreshes their section of RESULTS.md""";

  /**
   * @throws IllegalArgumentException on an unknown option or a bad value, naming it
   */
  static RunOptions parse(String[] args) {
    boolean quick = List.of(args).contains("--quick");
    long seed = 42;
    int accuracy = quick ? 5_000 : 20_000;
    List<Integer> scale = quick ? List.of(2_000, 5_000, 10_000) : List.of(10_000, 100_000, 1_000_000);
    List<Integer> duke = quick ? List.of(2_000) : List.of(20_000, 100_000);
    long budget = 900;
    long dukeBudget = quick ? 300 : 900;
    String heap = "3g";
    Path out = Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks") : Path.of(".");
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "venn-bench");
    boolean jmh = true;
    boolean corpusOnly = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--quick" -> { }
        case "--no-jmh" -> jmh = false;
        case "--corpus-only" -> corpusOnly = true;
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "--accuracy-size" -> accuracy = positive(value(args, ++i, a), a);
        case "--scale-sizes" -> scale = sizes(value(args, ++i, a), a);
        case "--duke-sizes" -> {
          String v = value(args, ++i, a);
          duke = v.equals("none") ? List.of() : sizes(v, a);
        }
        case "--budget" -> budget = positive(value(args, ++i, a), a);
        case "--duke-budget" -> dukeBudget = positive(value(args, ++i, a), a);
        case "--heap" -> heap = value(args, ++i, a);
        case "--out" -> out = Path.of(value(args, ++i, a));
        case "--work" -> work = Path.of(value(args, ++i, a));
        default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
      }
    }
    return new RunOptions(seed, accuracy, scale, duke, budget, dukeBudget, heap, out, work, jmh, quick, corpusOnly);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }
    return args[i];
  }

  private static int positive(String v, String option) {
    int n;
    try {
      n = Integer.parseInt(v.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a whole number, was " + v);
    }
    if (n < 10) {
      throw new IllegalArgumentException(option + " must be at least 10, was " + v);
    }
    return n;
  }

  private static List<Integer> sizes(String v, String option) {
    List<Integer> out = new ArrayList<>();
    for (String s : v.split(",")) {
      out.add(positive(s.trim(), option));
    }
    return List.copyOf(out);
  }
}
