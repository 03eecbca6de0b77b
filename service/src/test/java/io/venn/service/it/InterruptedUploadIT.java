package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.service.VennServiceApplication;
import io.venn.service.support.Api;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A client that announces a big CSV body and hangs up part-way: nothing is stored, the upload ends,
 * and the H2 file gives the space back. Before the fix the failed read was replayed without end
 * (the H2 file grew by gigabytes in minutes from a 4 MB request), and the space was never returned.
 */
class InterruptedUploadIT {
  private static final int SENT_BYTES = 4 << 20;

  @Test
  void uploadCutOffMidBody_storesNothing_stopsGrowing_andSpaceIsReturnedAtShutdown() throws Exception {
    String url = ItBase.databaseIn("interrupted");
    Path file = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".mv.db");
    long whileRunning;
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(VennServiceApplication.class).run("--server.port=0", "--spring.datasource.url=" + url)) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      Api api = new Api(port);
      Scenario scenario = new Scenario(api);
      Org acme = scenario.signUp("Acme");

      long before = Files.size(file);
      sendAndHangUp(port, acme.key());
      awaitGrowth(file, before);
      whileRunning = awaitStableSize(file);
      assertThat(whileRunning)
          .as("the H2 file after a %d-byte upload that broke off", SENT_BYTES)
          .isLessThan(32L * SENT_BYTES);

      assertThat(api.get(acme.key(), "/api/v1/lists").json().size()).as("no list from the broken upload").isZero();
      String next = scenario.upload(acme, Scenario.ACME_CSV);
      assertThat(api.get(acme.key(), "/api/v1/lists/" + next).status()).isEqualTo(200);
    }
    assertThat(Files.size(file))
        .as("the file after shutdown (was %d bytes while running)", whileRunning)
        .isLessThan(Math.max(whileRunning / 4, 2L << 20));
  }

  /** A raw text/csv POST announcing 400 MB that closes its socket after the first 4 MB of rows. */
  private static void sendAndHangUp(int port, String key) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/v1/lists?name=cut.csv HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
              + "\r\nContent-Type: text/csv\r\nContent-Length: " + (400L << 20) + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      StringBuilder rows = new StringBuilder("name,website,country,population\r\n");
      for (int i = 0; rows.length() < SENT_BYTES; i++) {
        rows.append("Company ").append(i).append(" Holdings,company").append(i).append(".com,US,Customers\r\n");
      }
      out.write(rows.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } // closed with 396 MB still announced
  }

  /** Waits (up to 30 s) for the server to start writing the rows it was sent. */
  private static void awaitGrowth(Path file, long before) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (Files.size(file) == before && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  /** Waits until the file has kept one size for 3 s: the server is done with the broken upload. */
  private static long awaitStableSize(Path file) throws Exception {
    long deadline = System.nanoTime() + 90_000_000_000L;
    long size = -1;
    int stableFor = 0;
    while (System.nanoTime() < deadline) {
      long now = Files.size(file);
      stableFor = now == size ? stableFor + 1 : 0;
      size = now;
      if (stableFor == 6) {
        return size;
      }
      if (size > 64L * SENT_BYTES) {
        return size; // runaway: no point waiting
      }
      Thread.sleep(500);
    }
    return size;
  }
}
