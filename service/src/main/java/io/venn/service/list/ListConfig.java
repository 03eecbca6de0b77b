package io.venn.service.list;

import io.venn.read.CsvAccountReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ListConfig {
  @Bean
  UploadReader uploadReader() {
    CsvAccountReader reader = CsvAccountReader.standard();
    return reader::read;
  }
}
