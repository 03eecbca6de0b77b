package io.venn.pipeline;

import io.venn.read.Account;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A list of accounts that {@link Pipeline#match(AccountSource, AccountSource, MatchConfig)} reads
 * once, in order, without holding it: a database cursor, a file, or a list already in memory. The
 * {@code i}-th record handed over is the list's record {@code i}, the index every match refers to.
 */
public interface AccountSource {
  /** The number of records {@link #forEach} hands over; the pipeline fails a run if they differ. */
  int size();

  /**
   * Hands every record to {@code sink}, in list order, on the calling thread. The pipeline calls it
   * once per run and keeps no reference to the records it is handed.
   */
  void forEach(Consumer<Account> sink);

  /** The accounts of a list in memory, in its order. */
  static AccountSource of(List<Account> accounts) {
    Objects.requireNonNull(accounts, "accounts");
    return new AccountSource() {
      @Override
      public int size() {
        return accounts.size();
      }

      @Override
      public void forEach(Consumer<Account> sink) {
        accounts.forEach(sink);
      }
    };
  }
}
