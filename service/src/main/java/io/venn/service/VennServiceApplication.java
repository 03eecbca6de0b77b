package io.venn.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Venn HTTP service: organizations, account lists, partnerships, match jobs and their views. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VennServiceApplication {
  public static void main(String[] args) {
    SpringApplication.run(VennServiceApplication.class, args);
  }
}
