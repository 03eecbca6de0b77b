package io.venn.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole account list read into memory, with the rows that could not be read.
 *
 * @param source the file name as the user gave it
 * @param accounts accepted rows, in file order
 * @param rejected skipped rows, each with line and reason
 */
public record AccountList(String source, List<Account> accounts, List<RowIssue> rejected) {
  public AccountList {
    accounts = List.copyOf(accounts);
    rejected = List.copyOf(rejected);
  }

  /** Accepted rows per population, in order of first appearance. */
  public Map<String, Integer> populations() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Account a : accounts) {
      counts.merge(a.population(), 1, Integer::sum);
    }
    return counts;
  }
}
