package io.venn.service.list;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.venn.pipeline.AccountSource;
import io.venn.read.Account;
import io.venn.service.system.VennProperties;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loaded account lists, bounded by the total number of records held. Lists are immutable once
 * stored, so an entry is only ever dropped for space or because its list was deleted.
 */
@Component
public class AccountCache {
  private final Cache<String, List<Account>> cache;
  private final ListRepository lists;

  AccountCache(ListRepository lists, VennProperties properties) {
    this.lists = lists;
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(properties.cache().maxRecords())
            .weigher((String id, List<Account> accounts) -> Math.max(1, accounts.size()))
            .build();
  }

  /** The accounts of a stored list by index; empty if the list does not exist (any more). */
  public List<Account> accounts(String listId) {
    return cache.get(listId, lists::accounts);
  }

  /**
   * How many times since start a whole list was read from the database, held or streamed. A job reads
   * each of its lists once, and the evidence of a drill-down does (streamed); views and counts read
   * only matched records (issue 10).
   */
  public long listsRead() {
    return lists.wholeReads();
  }

  /**
   * The accounts of a stored list for one pass of the engine: from memory when the list is cached,
   * else read from the database as the engine encodes them, and not cached: a job over two
   * million-record lists needs that memory for their encodings. Empty if the list does not exist.
   */
  public AccountSource source(String listId) {
    List<Account> cached = cache.getIfPresent(listId);
    if (cached != null) {
      return AccountSource.of(cached);
    }
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

  @EventListener
  void onDeleted(ListDeleted event) {
    cache.invalidate(event.listId());
  }
}
