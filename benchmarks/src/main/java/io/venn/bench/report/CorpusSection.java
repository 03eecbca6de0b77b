package io.venn.bench.report;

import static io.venn.bench.report.Targets.f3;
import static io.venn.bench.report.Targets.f4;
import static io.venn.bench.report.Targets.n;

import io.venn.bench.accuracy.CorpusScore;
import io.venn.bench.accuracy.Metrics;
import io.venn.bench.accuracy.Share;
import io.venn.pipeline.MatchConfig;
import java.util.Locale;
import java.util.Map;

/**
 * The RESULTS.md section on the labelled real corpora, between markers so that a corpus-only run
 * ({@code RunAll --corpus-only}) can refresh it in an existing RESULTS.md without rerunning the rest.
 */
final class CorpusSection {
  static final String BEGIN = "<!-- corpus:begin -->";
  static final String END = "<!-- corpus:end -->";

  private CorpusSection() {}

  static String render(RunResults r) {
    StringBuilder md = new StringBuilder(BEGIN).append('\n');
    md.append("## Accuracy on labelled real corpora at the default threshold ").append(MatchConfig.DEFAULT_THRESHOLD).append("\n\n");
    if (r.corpora().isEmpty()) {
      return md.append("Not measured in this run.\n\n").append(END).append("\n\n").toString();
    }
    md.append("Real companies written down by two CRMs (`core/src/test/resources/crm-corpus/SOURCE.txt`, built by ")
        .append("`tools/build-crm-corpus.py`): **dev** is the part the model may be tuned on, **heldout** the part every figure ")
        .append("is quoted from; **us-listed-sec** (NASDAQ Capital Market and NYSE American listings against the SEC registry, ")
        .append("no websites on that side) is the registry kind's dev set, **nyse-sec** (NYSE listings against the same registry) ")
        .append("its held-out check, tuned on by nobody. Venn runs in-process as the CLI does (`Pipeline.match`, default config); issue 7's targets on held-out: ")
        .append("precision >= ").append(Targets.PRECISION).append(", recall >= ").append(Targets.RECALL).append(". Measured ")
        .append(java.time.Instant.ofEpochMilli(r.startedMillis())).append(" (`RunAll --corpus-only` refreshes this section alone).\n\n");
    md.append("| corpus | left x right | precision | recall | F1 | true positives | false positives | false negatives | match s |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (CorpusScore c : r.corpora()) {
      Metrics m = c.overall();
      md.append(String.format(Locale.ROOT, "| %s | %s x %s | %s | %s | %s | %,d | %,d | %,d | %.1f |%n", c.name(), n(c.leftSize()),
          n(c.rightSize()), f4(m.precision()), f4(m.recall()), f4(m.f1()), m.truePositives(), m.falsePositives(), m.falseNegatives(),
          c.seconds()));
    }
    md.append("\n### Recall per kind of true pair\n\n").append(table(r, true));
    md.append("### Hard negatives kept apart (look-alike pairs of different companies)\n\n").append(table(r, false));
    return md.append(END).append("\n\n").toString();
  }

  /** One row per kind, one column per corpus: "found / total (rate)". */
  private static String table(RunResults r, boolean positives) {
    java.util.TreeSet<String> kinds = new java.util.TreeSet<>();
    r.corpora().forEach(c -> kinds.addAll((positives ? c.recallByKind() : c.negativesMatched()).keySet()));
    if (kinds.isEmpty()) {
      return "None labelled.\n\n";
    }
    StringBuilder t = new StringBuilder("| kind |");
    r.corpora().forEach(c -> t.append(' ').append(c.name()).append(" |"));
    t.append("\n|---|").append("---|".repeat(r.corpora().size())).append('\n');
    for (String kind : kinds) {
      t.append("| ").append(kind).append(" |");
      for (CorpusScore c : r.corpora()) {
        Map<String, Share> shares = positives ? c.recallByKind() : c.negativesMatched();
        Share s = shares.get(kind);
        if (s == null) {
          t.append(" - |");
        } else {
          long hits = positives ? s.hits() : s.total() - s.hits();
          t.append(String.format(Locale.ROOT, " %s (%,d / %,d) |", f3((double) hits / s.total()), hits, s.total()));
        }
      }
      t.append('\n');
    }
    return t.append('\n').toString();
  }

  /**
   * {@code existing} with its corpus section replaced by {@code section}, or the section inserted
   * before the scale section (or appended) when there is none yet.
   */
  static String splice(String existing, String section) {
    int begin = existing.indexOf(BEGIN);
    int end = existing.indexOf(END);
    if (begin >= 0 && end > begin) {
      int after = end + END.length();
      while (after < existing.length() && existing.charAt(after) == '\n') {
        after++;
      }
      return existing.substring(0, begin) + section + existing.substring(after);
    }
    int scale = existing.indexOf("## Scale");
    return scale < 0 ? existing + "\n" + section : existing.substring(0, scale) + section + existing.substring(scale);
  }
}
