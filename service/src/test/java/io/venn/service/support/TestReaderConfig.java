package io.venn.service.support;

import io.venn.service.list.UploadReader;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** TEMPORARY: swaps in {@link SimpleCsvReader} until core's CsvAccountReader lands. */
@TestConfiguration
public class TestReaderConfig {
  @Bean
  @Primary
  UploadReader simpleCsvReader() {
    return new SimpleCsvReader();
  }
}
