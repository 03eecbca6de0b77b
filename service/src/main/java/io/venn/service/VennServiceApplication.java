package io.venn.service;

import io.venn.service.system.DataFolderLock;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Venn HTTP service: organizations, account lists, partnerships, match jobs and their views. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VennServiceApplication {
  public static void main(String[] args) {
    Optional<String> locked = DataFolderLock.conflict(args);
    if (locked.isPresent()) {
      System.err.println(locked.get());
      System.exit(1);
    }
    SpringApplication.run(VennServiceApplication.class, args);
  }
}
