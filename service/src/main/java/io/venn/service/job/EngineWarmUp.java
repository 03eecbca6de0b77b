package io.venn.service.job;

import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.Pipeline;
import io.venn.read.Account;
import io.venn.read.CsvAccountReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Matches the two bundled demo lists once at start-up, before the job runner takes its first job.
 * A cold engine spends its first match loading catalogues (legal forms, the public suffix list, phone
 * metadata) and compiling hot paths: about 1.3 s that the first user's job would otherwise wait for
 * (issue 10's "demo job within 1 s"). Off with {@code venn.jobs.warm-up=false}.
 */
@Component
class EngineWarmUp {
  private static final Logger log = LoggerFactory.getLogger(EngineWarmUp.class);

  private final boolean enabled;

  EngineWarmUp(@Value("${venn.jobs.warm-up:true}") boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Ordered before {@link JobRunner#start}, which listens to the same event. The engine itself, not
   * the {@link Matcher} bean: a warm-up is not a job.
   */
  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  void warmUp() {
    if (!enabled) {
      return;
    }
    long start = System.nanoTime();
    try {
      int matches = Pipeline.match(demo("northwind-accounts.csv"), demo("contoso-accounts.csv"), MatchConfig.defaults()).matches().size();
      log.info("Engine warmed up in {} ms ({} demo matches)", (System.nanoTime() - start) / 1_000_000, matches);
    } catch (RuntimeException e) {
      log.warn("Engine warm-up failed (jobs will still run): {}", e.toString());
    }
  }

  private static List<Account> demo(String file) {
    List<Account> out = new ArrayList<>();
    try (InputStream in = EngineWarmUp.class.getResourceAsStream("/demo/" + file)) {
      CsvAccountReader.standard().read(in, file, out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
