package io.venn.view;

import io.venn.read.Account;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a view needs of one list: its populations and the population of each matched record. A view
 * needs nothing else of a list, so a service can answer it from the matched records alone instead of
 * holding the whole list.
 */
public interface ListPopulations {
  /** Every population of the list, in order of first appearance: the view's rows or columns. */
  List<String> labels();

  /**
   * The population of the record at {@code index}; views ask only for records in an entity.
   *
   * @throws IllegalArgumentException if the record is not known to this source
   */
  String of(int index);

  /** The populations of a list held in memory. */
  static ListPopulations of(List<Account> accounts) {
    Set<String> labels = new LinkedHashSet<>();
    for (Account a : accounts) {
      labels.add(a.population());
    }
    List<String> ordered = List.copyOf(new ArrayList<>(labels));
    return new ListPopulations() {
      @Override
      public List<String> labels() {
        return ordered;
      }

      @Override
      public String of(int index) {
        return accounts.get(index).population();
      }
    };
  }
}
