package io.venn.bench.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link MatchWorker} in a fresh JVM with a fixed heap limit and a time budget, relaying its
 * progress lines to this console. A run over budget is killed (only that child process) and
 * reported as such, so one slow engine cannot stall the whole harness.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * The outcome of one child run.
   *
   * @param result what the worker measured, or {@code null} when it did not finish
   * @param gcPeakBytes the GC log's peak heap occupancy (garbage included), -1 if unknown
   * @param gcLiveBytes the GC log's largest heap left after a collection, -1 if unknown
   * @param wallMillis the child's whole life, JVM start included
   * @param timedOut whether the budget ran out
   * @param failure the last lines of its output when it failed, else {@code null}
   */
  public record Outcome(
      WorkerResult result, long gcPeakBytes, long gcLiveBytes, long wallMillis, boolean timedOut, String failure) {
    public boolean ok() {
      return result != null;
    }
  }

  /**
   * @param label printed before each relayed line ("venn 1M")
   * @param heap the child's -Xmx ("3g")
   * @param budgetSeconds wall-clock budget; the child is killed when it runs out
   * @throws IOException if the child cannot be started
   */
  public static Outcome run(String label, String heap, long budgetSeconds, Path gcLog, String... workerArgs)
      throws IOException, InterruptedException {
    return run(label, heap, budgetSeconds, gcLog, List.of(), workerArgs);
  }

  /**
   * Like {@link #run(String, String, long, Path, String...)}, with more JVM options (a JFR recording).
   *
   * @throws IOException if the child cannot be started
   */
  public static Outcome run(String label, String heap, long budgetSeconds, Path gcLog, List<String> jvmOptions, String... workerArgs)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.addAll(jvmOptions);
    cmd.addAll(io.venn.cli.QuickCompile.OPENS); // as venn-cli.jar's manifest opens them: Venn starts as `java -jar` starts it
    cmd.add("-Xlog:gc:file=" + gcLog.toAbsolutePath());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(MatchWorker.class.getName());
    cmd.addAll(List.of(workerArgs));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    WorkerResult[] result = {null};
    List<String> tail = new ArrayList<>();
    Thread relay = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.startsWith(WorkerResult.PREFIX)) {
            result[0] = WorkerResult.parse(line);
          } else {
            System.out.println("    [" + label + "] " + line);
            tail.add(line);
            if (tail.size() > 20) {
              tail.remove(0);
            }
          }
        }
      } catch (IOException e) {
        tail.add("relay failed: " + e);
      }
    }, "relay-" + label);
    relay.start();
    boolean finished = p.waitFor(budgetSeconds, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
      p.waitFor();
    }
    relay.join(5_000);
    long wall = (System.nanoTime() - start) / 1_000_000;
    GcLog.Peaks gc = GcLog.peaks(gcLog);
    if (!finished) {
      return new Outcome(null, gc.beforeGc(), gc.afterGc(), wall, true, "killed after the " + budgetSeconds + " s budget");
    }
    if (p.exitValue() != 0 || result[0] == null) {
      return new Outcome(null, gc.beforeGc(), gc.afterGc(), wall, false, "exit " + p.exitValue() + ": " + String.join(" | ", tail));
    }
    return new Outcome(result[0], gc.beforeGc(), gc.afterGc(), wall, false, null);
  }
}
