package io.venn.bench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The peak resident memory of a process, from /proc (Linux), sampled every 100 ms and at the end. */
public final class PeakMemory {
  private final long pid;
  private final Thread sampler;
  private volatile long peakKb;
  private volatile boolean running = true;

  private PeakMemory(long pid) {
    this.pid = pid;
    this.sampler = new Thread(this::sample, "peak-memory-" + pid);
    this.sampler.setDaemon(true);
  }

  public static PeakMemory watch(long pid) {
    PeakMemory p = new PeakMemory(pid);
    p.sampler.start();
    return p;
  }

  private void sample() {
    while (running) {
      read();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void read() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
          peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux, or the process is gone: keep what was seen
    }
  }

  public void stop() {
    if (running) {
      read();
      running = false;
      sampler.interrupt();
    }
  }

  public long peakKb() {
    return peakKb;
  }
}
