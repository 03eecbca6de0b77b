package io.venn.service.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.zaxxer.hikari.HikariDataSource;
import io.venn.service.system.VennProperties;
import org.junit.jupiter.api.Test;

class ConnectionBudgetTest {
  @Test
  void theDefaultsFit() {
    // venn.jobs.threads=2 on H2's pool of 10 and on PostgreSQL's default of 20.
    assertThatCode(() -> ConnectionBudget.check(2, 10)).doesNotThrowAnyException();
    assertThatCode(() -> ConnectionBudget.check(2, 20)).doesNotThrowAnyException();
  }

  @Test
  void jobsThatCouldTakeEveryConnectionAreRefusedWithBothSettingsNamed() {
    // Four jobs hold up to eight connections; evidence and requests take the other two of ten. Five leave none.
    assertThatCode(() -> ConnectionBudget.check(4, 10)).doesNotThrowAnyException();
    assertThatThrownBy(() -> ConnectionBudget.check(5, 10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("venn.jobs.threads=5")
        .hasMessageContaining("at least 12")
        .hasMessageContaining("the pool has 10")
        .hasMessageContaining("spring.datasource.hikari.maximum-pool-size")
        .hasMessageContaining("VENN_DATABASE_POOL_SIZE");
  }

  @Test
  void theServiceChecksItsOwnPoolAtStartUp() {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setMaximumPoolSize(5);
      VennProperties properties = TestProperties.withJobThreads(2);
      assertThatThrownBy(() -> new JobConfig().jobExecutor(properties, pool))
          .hasMessageContaining("venn.jobs.threads=2").hasMessageContaining("the pool has 5");
      pool.setMaximumPoolSize(6);
      assertThat(new JobConfig().jobExecutor(properties, pool).getMaxPoolSize()).isEqualTo(2);
    }
  }
}
