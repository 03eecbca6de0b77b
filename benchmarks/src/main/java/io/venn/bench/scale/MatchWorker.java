package io.venn.bench.scale;

import io.venn.bench.accuracy.OneToOne;
import io.venn.bench.accuracy.PredictedPair;
import io.venn.bench.peer.DukeLinker;
import io.venn.cli.QuickCompile;
import io.venn.pipeline.AccountSource;
import io.venn.pipeline.Match;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.MatchResult;
import io.venn.pipeline.Pipeline;
import io.venn.read.Account;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The measured process: reads two CSV lists and matches them with one engine, then writes the pairs
 * (outside the timed part) and prints one {@link WorkerResult} line. {@link ChildJvm} starts it in a
 * fresh JVM per run, so each measurement has its own heap limit, JIT and GC history.
 *
 * <p>Usage: {@code MatchWorker venn|venn-estimate|duke|naive LEFT.csv RIGHT.csv OUT.csv THRESHOLD THREADS}
 * ({@code venn-estimate}: Venn with per-run estimation, {@code MatchConfig.estimate}).
 */
public final class MatchWorker {
  private MatchWorker() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: MatchWorker venn|venn-estimate|duke|naive LEFT.csv RIGHT.csv OUT.csv THRESHOLD THREADS");
      System.exit(2);
    }
    String engine = args[0];
    double threshold = Double.parseDouble(args[4]);
    int threads = Integer.parseInt(args[5]);
    long t0 = System.nanoTime();
    if (engine.startsWith("venn")) {
      QuickCompile.forInputs(Path.of(args[1]), Path.of(args[2])); // as the CLI does: part of Venn's start-up, timed
    }
    // Both lists at once, as the CLI reads them: every engine, the floor included, gets the same read.
    java.util.concurrent.CompletableFuture<AccountsIo.Loaded> leftRead = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return AccountsIo.read(Path.of(args[1]));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, r -> new Thread(r, "read-left").start());
    AccountsIo.Loaded right = AccountsIo.read(Path.of(args[2]));
    AccountsIo.Loaded left = leftRead.join();
    long t1 = System.nanoTime();
    int leftSize = left.accounts().size();
    int rightSize = right.accounts().size();
    long[] blocking = {-1, -1};
    List<PredictedPair> pairs = switch (engine) {
      case "venn" -> venn(left.accounts(), right.accounts(), threshold, threads, blocking, false);
      case "venn-estimate" -> venn(left.accounts(), right.accounts(), threshold, threads, blocking, true);
      case "duke" -> OneToOne.keep(DukeLinker.link(left.accounts(), right.accounts(), threshold, threads));
      case "naive" -> NaiveJoin.link(left.accounts(), right.accounts());
      default -> throw new IllegalArgumentException("engine must be venn, venn-estimate, duke or naive, was " + engine);
    };
    long t2 = System.nanoTime();
    long heapPeak = heapPeak();
    AccountsIo.writePairs(Path.of(args[3]), pairs);
    WorkerResult result = new WorkerResult(engine, leftSize, rightSize,
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, heapPeak, pairs.size(), left.reader().name(), blocking[0], blocking[1]);
    System.out.println(result.toLine());
  }

  private static List<PredictedPair> venn(
      List<Account> left, List<Account> right, double threshold, int threads, long[] blocking, boolean estimate) {
    String[] lastStage = {""};
    // Only the pairs are written, as `venn match --matches` does: no per-match reasons.
    MatchConfig config = MatchConfig.builder().threshold(threshold).threads(threads).estimate(estimate).reasons(false).progress((fraction, stage) -> {
      if (!stage.equals(lastStage[0])) {
        lastStage[0] = stage;
        System.err.printf("%s %.0f%%%n", stage, fraction * 100);
      }
    }).build();
    // As the CLI does: each account let go once encoded, only its id kept for the output.
    String[] leftIds = new String[left.size()];
    String[] rightIds = new String[right.size()];
    MatchResult result = Pipeline.match(AccountSource.handingOver(left, leftIds, null), AccountSource.handingOver(right, rightIds, null), config);
    blocking[0] = result.blocking().candidatePairs();
    blocking[1] = result.blocking().skippedKeys();
    System.err.println("blocking: " + result.blocking().candidatePairs() + " candidate pairs, " + result.blocking().skippedKeys()
        + " keys over their cap skipped; largest blocks kept " + result.blocking().largestBlocks());
    List<PredictedPair> out = new ArrayList<>(result.matches().size());
    for (Match m : result.matches()) {
      out.add(new PredictedPair(leftIds[m.left()], rightIds[m.right()], m.score()));
    }
    return out;
  }

  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
