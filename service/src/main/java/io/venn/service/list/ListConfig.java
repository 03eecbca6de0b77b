package io.venn.service.list;

import io.venn.pipeline.WorkerPool;
import io.venn.read.CsvAccountReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

@Configuration
class ListConfig {
  /** After the job executor, which sizes the shared pool (venn.jobs.threads) that uploads are parsed on. */
  @Bean
  @DependsOn("jobExecutor")
  UploadReader uploadReader() {
    // An upload is parsed in pieces on the matches' shared pool: one large file no longer leaves
    // the other cores idle, and uploads and jobs together stay within the pool's bound.
    CsvAccountReader reader = CsvAccountReader.standard().withParallelism(WorkerPool.executor(), WorkerPool.size());
    return reader::read;
  }
}
