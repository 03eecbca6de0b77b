package io.venn.service.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {
  @TempDir Path dir;

  @Test
  void conflict_whenAnotherProcessHoldsTheDatabaseFile_isOneLineNamingTheFolderAndTheWayOut() throws Exception {
    Path db = Files.writeString(dir.resolve("venn.mv.db"), "x");
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), db.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("locked");
      String url = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("venn") + ";MODE=PostgreSQL";

      assertThat(DataFolderLock.conflict(new String[] {url}))
          .hasValueSatisfying(m -> assertThat(m)
              .startsWith("venn: another Venn is using " + dir + "; stop it or pass --spring.datasource.url=")
              .doesNotContain("\n"));
    } finally {
      holder.destroyForcibly().waitFor();
    }
    assertThat(DataFolderLock.conflict(new String[] {"--spring.datasource.url=jdbc:h2:file:" + dir.resolve("venn")})).isEmpty();
  }

  @Test
  void conflict_noneForAFreshFolderOrAnotherDatabase() {
    assertThat(DataFolderLock.conflict(new String[] {"--spring.datasource.url=jdbc:h2:file:" + dir.resolve("none")})).isEmpty();
    assertThat(DataFolderLock.conflict(new String[] {"--spring.datasource.url=jdbc:postgresql://localhost/venn"})).isEmpty();
  }

  /** A second "Venn": holds the file lock the way H2 does until it is killed. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE);
      channel.lock();
      System.out.println("locked");
      Thread.sleep(120_000);
    }
  }
}
