package io.venn.service.job;

import io.venn.pipeline.AccountSource;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A list as the engine reads it, noting each record's population on the way (an int per record, one
 * string per label): the job stores the populations of its pairs' records beside the pairs, so its
 * views need not read them back from the lists. Read once, on one thread, as the engine reads a source.
 */
final class RecordedPopulations implements AccountSource {
  private final AccountSource source;
  private final Map<String, Integer> codes = new HashMap<>();
  private final List<String> labels = new ArrayList<>();
  private int[] population = new int[0];
  private int read;

  RecordedPopulations(AccountSource source) {
    this.source = source;
  }

  @Override
  public int size() {
    return source.size();
  }

  @Override
  public void forEach(Consumer<Account> sink) {
    population = new int[Math.max(16, source.size())];
    read = 0;
    source.forEach(a -> {
      if (read == population.length) {
        population = Arrays.copyOf(population, read * 2);
      }
      population[read++] = codes.computeIfAbsent(a.population(), label -> {
        labels.add(label);
        return labels.size() - 1;
      });
      sink.accept(a);
    });
  }

  /**
   * The population of the record at {@code index} of the list as read, or {@code null} if the list
   * was not read that far (a matcher that did not read it whole): the pair is then stored without
   * populations and the job's views read them from the list.
   */
  String of(int index) {
    return index >= 0 && index < read ? labels.get(population[index]) : null;
  }
}
