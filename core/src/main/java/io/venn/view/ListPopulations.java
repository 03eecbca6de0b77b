package io.venn.view;

import io.venn.read.Account;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

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
    return of(List.copyOf(new ArrayList<>(labels)), i -> accounts.get(i).population());
  }

  /**
   * @param labels every population of the list, in order of first appearance
   * @param populationOf the population of the record at an index
   */
  static ListPopulations of(List<String> labels, IntFunction<String> populationOf) {
    return new ListPopulations() {
      @Override
      public List<String> labels() {
        return labels;
      }

      @Override
      public String of(int index) {
        return populationOf.apply(index);
      }
    };
  }
}
