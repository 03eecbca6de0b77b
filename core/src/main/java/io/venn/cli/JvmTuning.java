package io.venn.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Runs a large command in a second JVM started with the options a throughput job wants, which
 * {@code java -jar} cannot set from inside: the parallel collector, and transparent huge pages
 * where the operating system offers them. Why: a match allocates its lists' encodings and index
 * once and keeps them, so G1's concurrent work and its page faults (a sixth of the CPU was system
 * time at 100k x 100k on the 2-core benchmark machine, and async-profiler put about 17 % in the
 * kernel's page-fault paths) buy nothing; measured with the CLI jar, alternating, same machine:
 * 100k x 100k 0.75x the wall time of the default JVM, 1M x 1M (-Xmx3g) 0.88x (README,
 * "Performance"). A second JVM costs about 0.05 s, still only inputs from {@link #MIN_BYTES} go
 * there. The user's own JVM options (-Xmx, -D...) go with them and win over the tuning (they come
 * after it); no relaunch when the user chose a collector or an options file, runs an agent, a
 * recording or a log file (a second JVM would run them twice), when Venn is not on the system class
 * path (an embedding launcher), or when an input is no regular file (a pipe the child cannot reopen).
 */
public final class JvmTuning {
  /** Inputs (both files together) from this many bytes run in the tuned JVM; 0 or less: never. */
  static final long MIN_BYTES = Long.getLong("venn.cli.relaunch-bytes", 8L << 20);

  /** Set in the second JVM to the first one's process id: it never starts a third, and ends with the first. */
  static final String RELAUNCHED = "venn.cli.relaunched";

  private static final Path HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

  private JvmTuning() {}

  /**
   * Runs this command ({@code args}) in the tuned JVM when the inputs are large and this JVM was
   * started as the CLI's own ({@code java -jar}) with no collector chosen.
   *
   * @return the second JVM's exit code, or empty when this JVM should run the command itself
   */
  static OptionalInt runLarge(String[] args, Path... inputs) {
    return runLarge(args, MIN_BYTES, inputs);
  }

  /** {@link #runLarge(String[], Path...)} with inputs from {@code minBytes} relaunched. */
  static OptionalInt runLarge(String[] args, long minBytes, Path... inputs) {
    return runLarge(args, minBytes, ProcessBuilder.Redirect.INHERIT, inputs);
  }

  /** {@link #runLarge(String[], long, Path...)} with the second JVM's output sent to {@code output} (tests: nowhere). */
  static OptionalInt runLarge(String[] args, long minBytes, ProcessBuilder.Redirect output, Path... inputs) {
    long bytes = bytes(inputs);
    List<String> tuning = flagsFor(bytes, minBytes);
    if (System.getProperty(RELAUNCHED) != null || tuning.isEmpty()) {
      return OptionalInt.empty();
    }
    List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
    String classPath = System.getProperty("java.class.path", "");
    if (!relaunchable(jvmOptions) || classPath.isEmpty() || VennCli.class.getClassLoader() != ClassLoader.getSystemClassLoader()) {
      return OptionalInt.empty();
    }
    List<String> command = command(Path.of(System.getProperty("java.home"), "bin", "java").toString(), jvmOptions,
        tuning, classPath, args);
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT)
          .redirectOutput(output).redirectError(output);
      // Options from these variables are among this JVM's arguments already: once is enough.
      builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
      Process child = builder.start();
      // Ctrl-C and kill reach this JVM; its child must not outlive it.
      Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "venn-relaunch-stop"));
      return OptionalInt.of(child.waitFor());
    } catch (IOException e) {
      return OptionalInt.empty(); // no second JVM: the command runs here, as it would without tuning
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.of(130);
    }
  }

  /**
   * In the second JVM: ends it when the first one ends. The first one's shutdown hook stops it on
   * Ctrl-C or a plain kill; a SIGKILL runs no hook, and the match went on alone, writing its output.
   */
  static void endWithFirstJvm() {
    long first;
    try {
      first = Long.parseLong(System.getProperty(RELAUNCHED, ""));
    } catch (NumberFormatException e) {
      return; // not started by a first JVM ("true" set by hand): nothing to follow
    }
    java.util.Optional<ProcessHandle> handle = ProcessHandle.of(first);
    if (handle.isEmpty()) {
      Runtime.getRuntime().halt(KILLED); // it ended before this JVM got here
    }
    whenEnded(handle.get(), () -> Runtime.getRuntime().halt(KILLED));
  }

  /** The exit code of a command its first JVM's end stopped: 128 + SIGKILL, as a shell reports it. */
  static final int KILLED = 137;

  /** Runs {@code action} once {@code process} has ended. */
  static void whenEnded(ProcessHandle process, Runnable action) {
    process.onExit().thenRun(action);
  }

  /**
   * The options the tuned JVM adds: the parallel collector; huge pages when {@code hugePages}; and
   * when {@code quick}, the quick compiler alone from the start ({@code TieredStopAtLevel=1}), which
   * {@link QuickCompile}'s directive can only approach from inside a running JVM (its methods are
   * first compiled with profiling, slower code): 0.82x the wall time at 100k x 100k beside the
   * directive, same run.
   */
  static List<String> flags(boolean hugePages, boolean quick) {
    List<String> flags = new ArrayList<>(List.of("-XX:+UseParallelGC"));
    if (hugePages) {
      flags.add("-XX:+UseTransparentHugePages");
    }
    if (quick) {
      flags.add("-XX:TieredStopAtLevel=1");
    }
    return List.copyOf(flags);
  }

  /**
   * The tuning {@link #runLarge} gives a run of {@code bytes} of input on this machine, or none below
   * {@link #MIN_BYTES} (also what the benchmark harness starts its match process with).
   */
  public static List<String> flagsFor(long bytes) {
    return flagsFor(bytes, MIN_BYTES);
  }

  static List<String> flagsFor(long bytes, long minBytes) {
    if (minBytes <= 0 || bytes < minBytes) {
      return List.of();
    }
    return flags(hugePagesOffered(), QuickCompile.MAX_BYTES > 0 && bytes <= QuickCompile.MAX_BYTES);
  }

  /** The second JVM's command line: this JVM's options, the JDK internals the jar's manifest opens, the tuning, the mark, then the CLI. */
  static List<String> command(String java, List<String> jvmOptions, List<String> tuning, String classPath, String[] args) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(QuickCompile.OPENS); // a class path reads no manifest: open what it opens
    command.addAll(tuning);
    command.addAll(jvmOptions); // after the tuning: the user's own -XX settings win
    command.add("-D" + RELAUNCHED + "=" + ProcessHandle.current().pid());
    command.add("-cp");
    command.add(classPath);
    command.add(VennCli.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** Whether the options name a garbage collector ("-XX:+UseG1GC", "-XX:+UseZGC"): the user's choice stands. */
  static boolean choosesCollector(List<String> jvmOptions) {
    return jvmOptions.stream().anyMatch(o -> o.matches("-XX:[+-]Use\\w*GC"));
  }

  /**
   * Whether a second JVM may run with these options: no collector chosen, no options file (it may
   * choose one), and nothing that must run once (a debugger's or profiler's agent holding a port or
   * a file, a flight recording, a log or class archive written at exit).
   */
  static boolean relaunchable(List<String> jvmOptions) {
    return !choosesCollector(jvmOptions) && jvmOptions.stream().noneMatch(o -> o.startsWith("-agentlib") || o.startsWith("-agentpath")
        || o.startsWith("-javaagent") || o.startsWith("-Xrun") || o.startsWith("-XX:StartFlightRecording") || o.startsWith("-XX:Flags=")
        || o.startsWith("-XX:ArchiveClassesAtExit") || o.startsWith("-Xlog") && o.contains("file="));
  }

  /** Whether Linux offers transparent huge pages to a program that asks ("[always]" or "[madvise]"). */
  static boolean hugePagesOffered() {
    try {
      String mode = Files.readString(HUGE_PAGES);
      return mode.contains("[always]") || mode.contains("[madvise]");
    } catch (IOException | RuntimeException e) {
      return false; // not Linux, or no such setting: the JVM would warn about the flag
    }
  }

  /** The inputs' sizes together; 0 when one is no regular file (a pipe, "<(zcat a.gz)", the second JVM could not open again) or unreadable (the command reports it). */
  private static long bytes(Path... inputs) {
    for (Path p : inputs) {
      if (!Files.isRegularFile(p)) {
        return 0;
      }
    }
    return Math.max(0, QuickCompile.bytes(inputs));
  }
}
