package io.venn.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine a run was measured on, so numbers are never quoted without it.
 *
 * @param memoryBytes physical memory, -1 when unknown
 */
public record Machine(int cores, long memoryBytes, String cpu, String jvm, String os) {
  public static Machine describe() {
    long memory = -1;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
        + System.getProperty("java.vendor") + ")";
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    return new Machine(Runtime.getRuntime().availableProcessors(), memory, cpuModel(), jvm, os);
  }

  private static String cpuModel() {
    try {
      Path info = Path.of("/proc/cpuinfo");
      if (Files.isReadable(info)) {
        for (String line : Files.readAllLines(info)) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).trim();
          }
        }
      }
    } catch (IOException e) {
      // the model is a nicety; the core count is what matters
    }
    return "unknown CPU";
  }
}
