package io.venn.service.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.pipeline.AccountSource;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordedPopulationsTest {
  private static Account account(int i, String population) {
    return new Account("id" + i, "Company " + i, null, null, null, null, null, null, population, Map.of(), i + 2);
  }

  private static AccountSource source(List<Account> accounts) {
    return new AccountSource() {
      @Override
      public int size() {
        return accounts.size();
      }

      @Override
      public void forEach(java.util.function.Consumer<Account> sink) {
        accounts.forEach(sink);
      }
    };
  }

  @Test
  void recordsEachRecordsPopulationAsTheListIsRead_andHandsEveryAccountOn() {
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      accounts.add(account(i, i % 3 == 0 ? "Customers" : i % 3 == 1 ? "Prospects" : "Open Opportunities"));
    }
    RecordedPopulations recorded = new RecordedPopulations(source(accounts));
    List<Account> seen = new ArrayList<>();
    recorded.forEach(seen::add);
    assertThat(seen).isEqualTo(accounts);
    assertThat(recorded.size()).isEqualTo(40);
    for (int i = 0; i < 40; i++) {
      assertThat(recorded.of(i)).isEqualTo(accounts.get(i).population());
    }
    assertThat(recorded.of(40)).as("past the end").isNull();
    // Read again, it answers for the second reading (the same list, so the same answers).
    recorded.forEach(a -> {});
    assertThat(recorded.of(39)).isEqualTo("Customers");
  }

  @Test
  void unread_answersNull_soThePairsAreStoredWithoutPopulations() {
    RecordedPopulations recorded = new RecordedPopulations(source(List.of(account(0, "Customers"))));
    assertThat(recorded.of(0)).isNull();
  }
}
