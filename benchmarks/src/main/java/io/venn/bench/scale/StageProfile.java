package io.venn.bench.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a measured run spent its CPU, by pipeline stage, from a JFR recording: each execution
 * sample counts for the stage of the innermost Venn frame on its stack (a JDK or library frame
 * counts for the Venn code that called it). Samples are per thread, so the shares are of CPU, not
 * of wall time.
 */
public final class StageProfile {
  /** Stages in pipeline order, each with the Venn packages whose frames it claims. */
  static final Map<String, List<String>> STAGES = stages();

  /** Samples with no Venn frame: JVM start-up, the harness, GC-free JDK threads. */
  static final String OTHER = "other";

  private StageProfile() {}

  /**
   * Execution samples per stage, in pipeline order, then {@value #OTHER}.
   *
   * @throws IOException if the recording cannot be read
   */
  public static Map<String, Long> samples(Path jfr) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    STAGES.keySet().forEach(s -> counts.put(s, 0L));
    counts.put(OTHER, 0L);
    try (RecordingFile file = new RecordingFile(jfr)) {
      while (file.hasMoreEvents()) {
        RecordedEvent e = file.readEvent();
        if (e.getEventType().getName().equals("jdk.ExecutionSample") && e.getStackTrace() != null) {
          counts.merge(stageOf(e.getStackTrace().getFrames()), 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  static String stageOf(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) { // innermost first
      if (f.getMethod() == null || f.getMethod().getType() == null) {
        continue;
      }
      String stage = stageOfClass(f.getMethod().getType().getName());
      if (stage != null) {
        return stage;
      }
    }
    return OTHER;
  }

  /** The stage a class belongs to, or {@code null} for classes outside the pipeline stages. */
  static String stageOfClass(String className) {
    for (Map.Entry<String, List<String>> s : STAGES.entrySet()) {
      for (String pkg : s.getValue()) {
        if (className.startsWith(pkg)) {
          return s.getKey();
        }
      }
    }
    return null;
  }

  private static Map<String, List<String>> stages() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("read", List.of("io.venn.read."));
    m.put("normalize", List.of("io.venn.normalize."));
    m.put("encode", List.of("io.venn.encode."));
    m.put("index", List.of("io.venn.block."));
    m.put("score", List.of("io.venn.compare.", "io.venn.decide."));
    m.put("cluster", List.of("io.venn.cluster."));
    m.put("matrix", List.of("io.venn.matrix."));
    m.put("pipeline", List.of("io.venn.pipeline."));
    m.put("naive join", List.of("io.venn.bench.scale.NaiveJoin"));
    return m;
  }
}
