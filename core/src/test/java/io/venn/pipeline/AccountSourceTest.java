package io.venn.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.venn.read.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A list handed over record by record lets each record go and keeps what its caller asked for. */
class AccountSourceTest {
  private static Account account(String id, String name) {
    return new Account(id, name, null, null, null, null, null, null, "Customers", Map.of(), 2);
  }

  @Test
  void handingOver_givesEachAccountOnceInOrder_keepsIdsAndNames_andEmptiesTheList() {
    List<Account> list = new ArrayList<>(List.of(account("a", "Acme"), account("b", "Globex")));
    String[] ids = new String[2];
    String[] names = new String[2];
    AccountSource source = AccountSource.handingOver(list, ids, names);
    List<String> seen = new ArrayList<>();

    source.forEach(a -> seen.add(a.id()));

    assertThat(seen).containsExactly("a", "b");
    assertThat(ids).containsExactly("a", "b");
    assertThat(names).containsExactly("Acme", "Globex");
    assertThat(list).containsOnlyNulls();
    assertThatThrownBy(() -> source.forEach(a -> {})).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void handingOver_arraysOfAnotherLength_areRefused() {
    List<Account> list = new ArrayList<>(List.of(account("a", "Acme")));

    assertThatThrownBy(() -> AccountSource.handingOver(list, new String[2], null)).isInstanceOf(IllegalArgumentException.class);
  }
}
