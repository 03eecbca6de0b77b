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

  /**
   * The accounts of a modifiable list in memory, in its order, each taken out of the list as it is
   * handed over, its id written to {@code ids} and, unless {@code names} is null, its name to
   * {@code names}: for a caller that needs only those once the match has the records (the CLI's
   * output), so the accounts are garbage as soon as they are encoded. Readable once.
   *
   * @param ids as long as the list
   * @param names as long as the list, or null
   * @throws IllegalStateException if read a second time (the accounts are gone)
   */
  static AccountSource handingOver(List<Account> accounts, String[] ids, String[] names) {
    if (ids.length != accounts.size() || (names != null && names.length != accounts.size())) {
      throw new IllegalArgumentException("ids and names must be as long as the list (" + accounts.size() + ")");
    }
    return new AccountSource() {
      private boolean read;

      @Override
      public int size() {
        return ids.length;
      }

      @Override
      public void forEach(Consumer<Account> sink) {
        if (read) {
          throw new IllegalStateException("the accounts were handed over already");
        }
        read = true;
        for (int i = 0; i < ids.length; i++) {
          Account a = accounts.set(i, null);
          ids[i] = a.id();
          if (names != null) {
            names[i] = a.name();
          }
          sink.accept(a);
        }
      }
    };
  }

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
