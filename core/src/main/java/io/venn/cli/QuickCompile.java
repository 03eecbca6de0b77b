package io.venn.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps a small match off the JVM's optimizing compiler (C2). Why: below a few hundred thousand
 * records a match ends before C2 pays for itself, and on two cores C2's compile threads take CPU
 * from the match itself. Measured with {@code -XX:TieredStopAtLevel=1} against the default, same
 * run: the examples 1.2 s against 1.75 s, 100k x 100k 9.4-9.9 s against 13.4 s, but 1M x 1M
 * 61.8 s against 47.2 s (300k about even); hence a bound on the input size. A launch flag cannot be
 * set from inside {@code java -jar}, so this adds a compiler directive excluding C2 through the
 * JVM's diagnostic command ({@code jcmd Compiler.directives_add}): directly where the JDK's
 * internals are opened to it (the CLI jar's manifest opens them, {@link Direct}), else through the
 * diagnostic command bean. That is not quite TieredStopAtLevel=1: methods are first compiled by C1
 * with profiling, and recompiled by C1 without it when they reach C2's threshold and find C2
 * excluded. SHA-256's
 * compression stays on C2, for the CPU's SHA instructions ({@link #DIRECTIVE}). Only for a
 * JVM that runs nothing else: the CLI's own process and the benchmark harness's match process,
 * never a service or a test JVM.
 */
public final class QuickCompile {
  /** Inputs up to this many bytes (both files together) stay on C1; above it C2 is worth its cost; 0 or less: never. */
  static final long MAX_BYTES = Long.getLong("venn.cli.quick-compile-bytes", 40L << 20);

  /**
   * C2 excluded for every method but SHA-256's compression (and the two methods that call it per
   * block): every token of 'venn encode' (and of 'venn match' before session 11, when broker mode
   * still keyed its tokens) is an HMAC-SHA256, and only C2 emits the CPU's SHA instructions, where
   * it compiles a caller of the compression (C1 runs the Java code,
   * about 30% of encoding's CPU at 100k x 100k). Measured on 100k x 100k, alternating, same
   * machine: 22.7-24.3 s of CPU against 25.7-26.6 s with every method excluded; the examples even.
   */
  private static final String DIRECTIVE = "[{ match: [\"sun/security/provider/SHA2.implCompress\", \"sun/security/provider/SHA2.implCompress0\","
      + " \"sun/security/provider/DigestBase.implCompressMultiBlock\", \"sun/security/provider/DigestBase.implCompressMultiBlock0\"],"
      + " c2: { Exclude: false } }, { match: \"*.*\", c2: { Exclude: true } }]";
  /** How many directives {@link #DIRECTIVE} holds: the command's reply counts those it added. */
  private static final int DIRECTIVES = 2;

  private QuickCompile() {}

  /**
   * {@link #forInputs} on a thread of its own, so its start-up overlaps the caller's (the
   * directive need only land before the first method gets hot enough for C2).
   */
  public static void forInputsInBackground(Path... files) {
    Thread t = new Thread(() -> forInputs(files), "venn-quick-compile");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Excludes C2 for the rest of this JVM when the files are small; does nothing otherwise or when
   * the JVM offers no diagnostic command (the match then only runs as it would anyway).
   *
   * @return whether C2 was excluded
   */
  public static boolean forInputs(Path... files) {
    long bytes = bytes(files);
    // An unreadable size: the read reports the file's problem, with its name.
    return bytes >= 0 && MAX_BYTES > 0 && bytes <= MAX_BYTES && excludeC2();
  }

  /** The files' sizes together, or -1 when one cannot be read. */
  static long bytes(Path... files) {
    long bytes = 0;
    for (Path f : files) {
      try {
        bytes += Files.size(f);
      } catch (IOException e) {
        return -1;
      }
    }
    return bytes;
  }

  private static boolean excludeC2() {
    Path directive = null;
    try {
      directive = Files.createTempFile("venn-quick-compile", ".json");
      directive.toFile().deleteOnExit(); // the CLI may exit while this thread runs
      Files.writeString(directive, DIRECTIVE, StandardCharsets.US_ASCII);
      String reply = Direct.run("Compiler.directives_add " + directive);
      Direct.used = reply != null;
      if (reply == null) {
        reply = String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
            new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
            new Object[] {new String[] {directive.toString()}}, new String[] {String[].class.getName()}));
      }
      return reply.contains(DIRECTIVES + " compiler directives added");
    } catch (IOException | JMException | RuntimeException | LinkageError | java.util.ServiceConfigurationError e) {
      return false; // best effort: the match runs as it would without the directive
    } finally {
      if (directive != null) {
        try {
          Files.deleteIfExists(directive);
        } catch (IOException ignored) {
          // a temp file of 300 bytes left behind; the match is unaffected
        }
      }
    }
  }

  /**
   * The JVM options that open what the CLI jar's manifest opens ({@code Add-Opens}), for a JVM that
   * runs Venn from a class path and should start as {@code java -jar venn-cli.jar} does.
   */
  public static final List<String> OPENS = List.of(
      "--add-opens", "java.management/sun.management=ALL-UNNAMED", "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");

  /** Whether the last attempt of this JVM reached the diagnostic command without the platform bean server. */
  static boolean directLastUsed() {
    return Direct.used;
  }

  /**
   * The JDK's diagnostic-command implementation called directly, when the JVM lets this code open
   * it: {@code venn-cli.jar}'s manifest does ({@code Add-Opens}). Why: the platform bean server
   * starts JMX, about 0.2 s of CPU at start-up (measured cold), and a directive that lands late lets
   * C2 compile a hundred methods of a small match first; this call takes about 10 ms. These are JDK
   * internals (Java 17 to 25 have them): where they are missing or closed, the bean does the same.
   */
  private static final class Direct {
    static volatile boolean used;

    /** The command's reply, or null when the internals cannot be reached. */
    static String run(String command) {
      try {
        Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl"); // loads the native part
        java.lang.reflect.Method vmManagement = Class.forName("sun.management.ManagementFactoryHelper").getDeclaredMethod("getVMManagement");
        vmManagement.setAccessible(true);
        Class<?> impl = Class.forName("com.sun.management.internal.DiagnosticCommandImpl");
        java.lang.reflect.Constructor<?> make = impl.getDeclaredConstructor(Class.forName("sun.management.VMManagement"));
        make.setAccessible(true);
        java.lang.reflect.Method execute = impl.getDeclaredMethod("executeDiagnosticCommand", String.class);
        execute.setAccessible(true);
        return String.valueOf(execute.invoke(make.newInstance(vmManagement.invoke(null)), command));
      } catch (java.lang.reflect.InvocationTargetException e) {
        return ""; // reached, and the command itself failed: the bean would fail the same way
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        return null; // not opened to this code (a plain class path), or another JDK's internals
      }
    }
  }
}
