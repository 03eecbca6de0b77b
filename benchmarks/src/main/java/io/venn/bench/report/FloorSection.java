package io.venn.bench.report;

import static io.venn.bench.report.Targets.f1;
import static io.venn.bench.report.Targets.n;

import io.venn.bench.scale.ChildJvm.Outcome;
import java.util.Locale;
import java.util.Map;

/** RESULTS.md's floor (Venn beside an exact-key join) and per-stage profile of the scale runs. */
final class FloorSection {
  private FloorSection() {}

  static void write(StringBuilder md, RunResults r) {
    if (r.scale().stream().noneMatch(s -> s.naive() != null)) {
      return;
    }
    md.append("### Floor: an exact-key join of the same files in the same run\n\n")
        .append("`io.venn.bench.scale.NaiveJoin` reads both lists with the same `CsvAccountReader` in its own JVM (same `-Xmx`), ")
        .append("then joins each right record to a left one with the same registrable domain or the same lower-cased name: ")
        .append("no fuzzy names, no scoring, one thread. It is the least any matcher must spend; Venn's ratio to it says what ")
        .append("the matching itself costs. Wall times include JVM start-up.\n\n")
        .append("Venn's blocking cost beside it: candidate pairs scored (per record of the larger list) and blocking keys ")
        .append("skipped because their blocks exceeded their cap (`io.venn.block.CandidateIndex`).\n\n")
        .append("| N x N | naive read s | naive join s | naive total s | naive wall s | Venn total s | Venn wall s | Venn / naive (total) ")
        .append("| candidate pairs | per record | keys over cap |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (RunResults.Scale s : r.scale()) {
      Outcome naive = s.naive();
      Outcome venn = s.outcome();
      if (naive == null || !naive.ok()) {
        md.append("| ").append(n(s.size())).append(" | - | - | ").append(naive == null ? "not run" : "failed")
            .append(" | - | - | - | - | - | - | - |\n");
        continue;
      }
      var w = naive.result();
      String vennTotal = venn.ok() ? f1(venn.result().totalMillis() / 1000.0) : "-";
      String vennWall = venn.ok() ? f1(venn.wallMillis() / 1000.0) : "-";
      String ratio = venn.ok() ? f1(venn.result().totalMillis() / (double) Math.max(1, w.totalMillis())) + "x" : "-";
      long candidates = venn.ok() ? venn.result().candidatePairs() : -1;
      String perRecord = candidates < 0 ? "-" : f1(candidates / (double) Math.max(venn.result().leftSize(), venn.result().rightSize()));
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", n(s.size()), f1(w.readMillis() / 1000.0),
          f1(w.matchMillis() / 1000.0), f1(w.totalMillis() / 1000.0), f1(naive.wallMillis() / 1000.0), vennTotal, vennWall, ratio,
          candidates < 0 ? "-" : n(candidates), perRecord, venn.ok() && venn.result().skippedKeys() >= 0 ? n(venn.result().skippedKeys()) : "-"));
    }
    md.append('\n');
    stages(md, r);
  }

  private static void stages(StringBuilder md, RunResults r) {
    if (r.scale().stream().allMatch(s -> s.stages().isEmpty())) {
      return;
    }
    md.append("### Where Venn's time goes (JFR)\n\n")
        .append("Each Venn run records a JFR profile (`venn-<size>.jfr` in the work directory). `io.venn.bench.scale.StageProfile` ")
        .append("counts every execution sample for the stage of the innermost Venn frame on its stack (a JDK or library call ")
        .append("counts for the Venn code that made it): read = CSV parsing, index = blocking keys and candidate look-ups, ")
        .append("score = compare and decide. Shares are of CPU samples across all threads, not of wall time.\n\n");
    Map<String, Long> first = r.scale().stream().filter(s -> !s.stages().isEmpty()).findFirst().orElseThrow().stages();
    md.append("| N x N | samples");
    first.keySet().forEach(k -> md.append(" | ").append(k));
    md.append(" |\n|---|---");
    first.keySet().forEach(k -> md.append("|---"));
    md.append("|\n");
    for (RunResults.Scale s : r.scale()) {
      if (s.stages().isEmpty()) {
        continue;
      }
      long total = s.stages().values().stream().mapToLong(Long::longValue).sum();
      md.append("| ").append(n(s.size())).append(" | ").append(n(total));
      for (String k : first.keySet()) {
        long v = s.stages().getOrDefault(k, 0L);
        md.append(" | ").append(total == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * v / total));
      }
      md.append(" |\n");
    }
    md.append('\n');
  }
}
