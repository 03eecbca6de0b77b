package io.venn.service.job;

import io.venn.pipeline.Pipeline;
import io.venn.pipeline.WorkerPool;
import io.venn.service.system.VennProperties;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration
class JobConfig {
  @Bean
  Matcher matcher() {
    return Pipeline::match;
  }

  /** Bounded on both threads and queue, so a burst of job requests cannot exhaust the machine. */
  @Bean
  ThreadPoolTaskExecutor jobExecutor(VennProperties properties, DataSource dataSource) {
    if (dataSource instanceof HikariDataSource pool) {
      ConnectionBudget.check(properties.jobs().threads(), pool.getMaximumPoolSize());
    }
    // The same number bounds the CPU threads all running jobs share, so two jobs at once never
    // use more cores than configured (each used to start one thread per core).
    WorkerPool.resize(properties.jobs().threads());
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(properties.jobs().threads());
    executor.setMaxPoolSize(properties.jobs().threads());
    executor.setQueueCapacity(properties.jobs().queue());
    executor.setThreadNamePrefix("venn-job-");
    // On shutdown running jobs are abandoned, not awaited: they stay RUNNING in the database and
    // are re-run at the next start.
    executor.setWaitForTasksToCompleteOnShutdown(false);
    executor.initialize();
    return executor;
  }
}
