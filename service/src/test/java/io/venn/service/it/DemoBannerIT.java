package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.service.VennServiceApplication;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** After a restart the demo banner still gives commands that work as pasted: the real id of the demo job. */
@ExtendWith(OutputCaptureExtension.class)
class DemoBannerIT {
  private static final Pattern JOB_LINE = Pattern.compile("/api/v1/jobs/([0-9a-f-]{36})/matrix");

  @Test
  void banner_afterRestart_namesTheNewestDemoJob(CapturedOutput output) {
    String[] args = {
      "--venn.demo=true", "--server.port=0", "--spring.datasource.url=" + ItBase.databaseIn("banner")
    };
    String first;
    try (ConfigurableApplicationContext app = SpringApplication.run(VennServiceApplication.class, args)) {
      first = lastJobId(output.getOut());
    }
    int before = output.getOut().length();
    try (ConfigurableApplicationContext app = SpringApplication.run(VennServiceApplication.class, args)) {
      String restarted = output.getOut().substring(before);
      assertThat(restarted).contains("Demo data already present").doesNotContain("<job id>");
      assertThat(lastJobId(restarted)).isEqualTo(first);
    }
  }

  private static String lastJobId(String log) {
    Matcher m = JOB_LINE.matcher(log);
    String id = null;
    while (m.find()) {
      id = m.group(1);
    }
    assertThat(id).as("a job id in the demo banner of:\n" + log).isNotNull();
    return id;
  }
}
