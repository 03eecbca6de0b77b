package io.venn.service.list;

import io.venn.pipeline.AccountSource;
import io.venn.read.Account;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Stored lists as the engine reads them: one pass, straight from the database in index order, no
 * list held in memory. Jobs and the evidence of a drill-down read whole lists this way; views and
 * counts read only the matched records ({@link ListRecords}), so nothing keeps whole lists around.
 */
@Component
public class ListSources {
  private final ListRepository lists;

  ListSources(ListRepository lists) {
    this.lists = lists;
  }

  /**
   * How many times since start a whole list was read from the database. A job reads each of its
   * lists once, and so does a drill-down's evidence when this instance keeps no explainer for the
   * job ({@link io.venn.service.job.JobExplainers}); views and counts read only matched records.
   */
  public long listsRead() {
    return lists.wholeReads();
  }

  /**
   * The accounts of a stored list for one pass of the engine, read as the engine encodes them: a
   * job over two million-record lists needs that memory for their encodings. Empty if the list does
   * not exist.
   */
  public AccountSource source(String listId) {
    return new AccountSource() {
      private int size = -1;

      @Override
      public int size() {
        if (size < 0) {
          size = lists.count(listId);
        }
        return size;
      }

      @Override
      public void forEach(Consumer<Account> sink) {
        lists.forEachAccount(listId, sink);
      }
    };
  }
}
