package io.venn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.JMException;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small match runs on the quick compiler only, a large one keeps the optimizing compiler. Each case
 * runs in a JVM of its own: the directive lasts for the JVM's life, and the test JVM must keep C2.
 */
class QuickCompileTest {
  @TempDir Path dir;

  @Test
  void forInputs_smallFile_excludesTheOptimizingCompiler() throws Exception {
    Path small = Files.writeString(dir.resolve("small.csv"), "Id,Name\n1,Acme\n");

    List<String> out = child(small, QuickCompile.MAX_BYTES);

    assertThat(out.get(0)).isEqualTo("excluded C2: true");
    assertThat(String.join("\n", out)).contains("c2").contains("Exclude:true");
  }

  @Test
  void forInputs_jdkInternalsOpenedAsTheJarsManifestOpensThem_addsTheDirectiveWithoutTheBeanServer() throws Exception {
    Path small = Files.writeString(dir.resolve("small.csv"), "Id,Name\n1,Acme\n");

    // What venn-cli.jar's manifest (Add-Opens) grants when run with java -jar.
    List<String> out = child(small, QuickCompile.MAX_BYTES, QuickCompile.OPENS.toArray(String[]::new));

    assertThat(out).contains("excluded C2: true", "direct: true");
    assertThat(String.join("\n", out)).contains("Exclude:true");
  }

  @Test
  void forInputs_jdkInternalsClosed_fallsBackToTheBean() throws Exception {
    Path small = Files.writeString(dir.resolve("small.csv"), "Id,Name\n1,Acme\n");

    List<String> out = child(small, QuickCompile.MAX_BYTES);

    assertThat(out).contains("excluded C2: true", "direct: false");
  }

  @Test
  void forInputs_smallFile_keepsTheOptimizingCompilerForSha256() throws Exception {
    Path small = Files.writeString(dir.resolve("small.csv"), "Id,Name\n1,Acme\n");

    String directives = String.join("\n", child(small, QuickCompile.MAX_BYTES));

    // The first directive that matches a method applies: SHA-256's compression is listed before "*.*".
    assertThat(directives).contains("sun/security/provider/SHA2.implCompress");
    assertThat(directives.indexOf("sun/security/provider/SHA2.implCompress")).isLessThan(directives.indexOf("*.*"));
  }

  @Test
  void forInputs_filesOverTheBound_leaveTheCompilersAlone() throws Exception {
    Path file = Files.writeString(dir.resolve("list.csv"), "Id,Name\n1,Acme\n2,Globex\n");

    List<String> out = child(file, Files.size(file) - 1);

    assertThat(out.get(0)).isEqualTo("excluded C2: false");
    assertThat(String.join("\n", out)).doesNotContain("Exclude:true");
  }

  @Test
  void forInputs_missingFile_leavesTheCompilersAloneForTheReadToReport() throws Exception {
    List<String> out = child(dir.resolve("missing.csv"), QuickCompile.MAX_BYTES);

    assertThat(out.get(0)).isEqualTo("excluded C2: false");
  }

  @Test
  void forInputs_boundZero_leavesTheCompilersAloneEvenForEmptyFiles() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");

    List<String> out = child(empty, 0);

    assertThat(out.get(0)).isEqualTo("excluded C2: false");
  }

  @Test
  void cliRunInsideAnotherProgram_leavesThisJvmsCompilersAlone() throws Exception {
    Path left = Files.writeString(dir.resolve("ours.csv"), VennCliTest.LEFT);
    Path right = Files.writeString(dir.resolve("theirs.csv"), VennCliTest.RIGHT);
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    int code = VennCli.run(new String[] {"match", "--left", left.toString(), "--right", right.toString()}, sink, sink);

    assertThat(code).isZero();
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("venn-quick-compile"));
    assertThat(directives()).doesNotContain("Exclude:true");
  }

  private static String directives() throws JMException {
    return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
        new Object[] {new String[0]}, new String[] {String[].class.getName()}));
  }

  /** Runs {@link Child} in a fresh JVM with the given bound; its output lines. */
  private List<String> child(Path file, long maxBytes, String... jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dvenn.cli.quick-compile-bytes=" + maxBytes));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName(), file.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // Options from the environment (a developer's opens) would change which path the child takes.
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process p = builder.start();
    byte[] output = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(text).isZero();
    return text.lines().toList();
  }

  /** Applies the rule to one file, then prints the JVM's compiler directives. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      System.out.println("excluded C2: " + QuickCompile.forInputs(Path.of(args[0])));
      System.out.println("direct: " + QuickCompile.directLastUsed());
      System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
          new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
  }
}
