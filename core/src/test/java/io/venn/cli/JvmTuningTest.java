package io.venn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmTuningTest {
  @TempDir Path dir;

  @Test
  void flagsFor_smallInputs_none_largeOnes_theParallelCollector_andTheQuickCompilerUpToItsBound() {
    assertThat(JvmTuning.flagsFor(JvmTuning.MIN_BYTES - 1)).isEmpty();
    assertThat(JvmTuning.flagsFor(JvmTuning.MIN_BYTES)).contains("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
    assertThat(JvmTuning.flagsFor(QuickCompile.MAX_BYTES + 1)).contains("-XX:+UseParallelGC").doesNotContain("-XX:TieredStopAtLevel=1");
    assertThat(JvmTuning.flagsFor(100, 0)).as("0 turns it off").isEmpty();
    assertThat(JvmTuning.flags(true, false)).containsExactly("-XX:+UseParallelGC", "-XX:+UseTransparentHugePages");
  }

  @Test
  void command_keepsTheUsersOptions_opensWhatTheJarOpens_marksTheSecondJvm_andRunsTheSameCommand() {
    List<String> command = JvmTuning.command("/jdk/bin/java", List.of("-Xmx3g", "-Dfoo=bar"), List.of("-XX:+UseParallelGC"),
        "venn-cli.jar", new String[] {"match", "--left", "a b.csv", "--right", "b.csv"});

    assertThat(command).startsWith("/jdk/bin/java").containsSubsequence(QuickCompile.OPENS)
        .containsSubsequence("-XX:+UseParallelGC", "-Xmx3g", "-Dfoo=bar").contains("-D" + JvmTuning.RELAUNCHED + "=" + ProcessHandle.current().pid())
        .endsWith("-cp", "venn-cli.jar", VennCli.class.getName(), "match", "--left", "a b.csv", "--right", "b.csv");
  }

  @Test
  void choosesCollector_onlyForACollectorOption() {
    assertThat(JvmTuning.choosesCollector(List.of("-Xmx2g", "-XX:+UseZGC"))).isTrue();
    assertThat(JvmTuning.choosesCollector(List.of("-XX:-UseG1GC"))).isTrue();
    assertThat(JvmTuning.choosesCollector(List.of("-Xmx2g", "-XX:+UseTransparentHugePages"))).isFalse();
  }

  @Test
  void relaunchable_notWithWhatMustRunOnce() {
    assertThat(JvmTuning.relaunchable(List.of("-Xmx3g", "-Dvenn.x=1"))).isTrue();
    for (String once : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:a.jar", "-agentpath:/p.so",
        "-XX:StartFlightRecording=filename=x.jfr", "-Xlog:gc:file=gc.log", "-XX:Flags=.hotspotrc", "-XX:ArchiveClassesAtExit=a.jsa",
        "-XX:+UseSerialGC")) {
      assertThat(JvmTuning.relaunchable(List.of("-Xmx3g", once))).as(once).isFalse();
    }
    assertThat(JvmTuning.relaunchable(List.of("-Xlog:gc"))).as("a log to stdout runs in either").isTrue();
  }

  @Test
  void runLarge_aPipeInput_runsHere() throws Exception {
    Path big = Files.write(dir.resolve("big.csv"), new byte[1024]);
    assertThat(JvmTuning.runLarge(new String[] {"match"}, 1, Path.of("/dev/null"), big)).as("not a regular file").isEmpty();
  }

  /** The whole path: a second JVM runs the command and its exit code and output are the command's. */
  @Test
  void runLarge_runsTheCommandInASecondJvm_withTheSameResult() throws Exception {
    Path left = Path.of("../examples/our-accounts.csv");
    Path right = Path.of("../examples/partner-accounts.csv");
    Path relaunched = dir.resolve("relaunched.csv");
    Path here = dir.resolve("here.csv");

    OptionalInt code = JvmTuning.runLarge(
        new String[] {"match", "--left", left.toString(), "--right", right.toString(), "--matches", relaunched.toString()}, 1,
        ProcessBuilder.Redirect.DISCARD, left, right);
    int hereCode = VennCli.run(new String[] {"match", "--left", left.toString(), "--right", right.toString(), "--matches", here.toString()},
        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));

    assertThat(code).hasValue(0);
    assertThat(hereCode).isZero();
    assertThat(Files.readAllLines(relaunched)).isNotEmpty().isEqualTo(Files.readAllLines(here));
  }

  /**
   * A SIGKILLed first JVM runs no shutdown hook: the second one must notice on its own. A shell
   * stands in for the first JVM; the second runs a match that waits on its input (a named pipe
   * nobody writes), killed with the shell.
   */
  @Test
  void secondJvm_endsWhenTheFirstIsKilled() throws Exception {
    Path fifo = dir.resolve("left.csv");
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The shell passes its own id, as the first JVM passes its own ($$ is the shell's in any sh).
    String second = String.join(" ", javaCommand, "-D" + JvmTuning.RELAUNCHED + "=$$", "-cp", "'" + System.getProperty("java.class.path") + "'",
        VennCli.class.getName(), "match", "--left", "'" + fifo + "'", "--right", "../examples/partner-accounts.csv");
    Process shell = new ProcessBuilder("sh", "-c", "mkfifo '" + fifo + "'; " + second + " & echo $!; wait")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long pid = Long.parseLong(new java.io.BufferedReader(new java.io.InputStreamReader(shell.getInputStream())).readLine().strip());
    ProcessHandle secondJvm = ProcessHandle.of(pid).orElseThrow();
    try {
      Thread.sleep(1500); // started, and waiting on its input
      assertThat(secondJvm.isAlive()).isTrue();

      shell.toHandle().destroyForcibly(); // SIGKILL

      assertThat(secondJvm.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS).isAlive()).isFalse();
    } finally {
      secondJvm.destroyForcibly();
    }
  }

  @Test
  void runLarge_smallInputs_runHere() {
    assertThat(JvmTuning.runLarge(new String[] {"match"}, Path.of("../examples/our-accounts.csv"))).isEmpty();
  }
}
