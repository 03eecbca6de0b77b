package io.venn.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counters of one read, or of one piece of it read on another thread and then {@link #add added}. */
final class ReadTally {
  /** Issues kept in a summary; further rejected rows are still counted in {@code rows - accepted}. */
  static final int MAX_ISSUES = 10_000;

  final String source;
  final List<RowIssue> issues = new ArrayList<>();
  final Map<String, Long> populations = new LinkedHashMap<>();
  /** One String per population label, not one per row: a million rows share a handful of labels. */
  private final Map<String, String> labels;
  long rows;
  long accepted;

  ReadTally(String source) {
    this(source, new ConcurrentHashMap<>());
  }

  private ReadTally(String source, Map<String, String> labels) {
    this.source = source;
    this.labels = labels;
  }

  /** A tally for a piece of the same read, sharing its population labels (safe across threads). */
  ReadTally piece() {
    return new ReadTally(source, labels);
  }

  Account reject(long line, String field, String reason) {
    if (issues.size() < MAX_ISSUES) {
      issues.add(new RowIssue(source, line, field, reason));
    }
    return null;
  }

  String population(String label) {
    return label == null ? null : labels.computeIfAbsent(label, l -> l);
  }

  void accept(Account a) {
    accepted++;
    populations.merge(a.population(), 1L, Long::sum);
  }

  /** Adds a piece's counts read after everything counted so far: issues and populations stay in file order. */
  void add(ReadTally piece) {
    rows += piece.rows;
    accepted += piece.accepted;
    for (RowIssue issue : piece.issues) {
      if (issues.size() == MAX_ISSUES) {
        break;
      }
      issues.add(issue);
    }
    piece.populations.forEach((label, n) -> populations.merge(label, n, Long::sum));
  }

  ReadSummary summary() {
    return new ReadSummary(source, rows, accepted, issues, populations);
  }
}
