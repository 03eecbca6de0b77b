package io.venn.service.list;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.venn.read.Account;
import io.venn.service.system.VennProperties;
import java.util.List;
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

  @EventListener
  void onDeleted(ListDeleted event) {
    cache.invalidate(event.listId());
  }
}
