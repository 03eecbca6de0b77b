package io.venn.read;

import java.util.List;
import java.util.Map;

/**
 * What a streaming read saw.
 *
 * @param source the file name as the user gave it
 * @param rows data rows seen (header excluded)
 * @param accepted rows handed to the sink
 * @param rejected skipped rows with line and reason
 * @param populations accepted rows per population, in order of first appearance
 */
public record ReadSummary(String source, long rows, long accepted, List<RowIssue> rejected, Map<String, Long> populations) {
  public ReadSummary {
    rejected = List.copyOf(rejected);
    populations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(populations));
  }
}
