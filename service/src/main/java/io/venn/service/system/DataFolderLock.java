package io.venn.service.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Before Spring starts: is the embedded H2 database file already locked by another Venn? Without
 * this check the second instance dies with a long stack trace whose cause is buried; this says it in
 * one line. Only the {@code main} entry point uses it, never tests (which run many apps in one JVM).
 */
public final class DataFolderLock {
  private static final String KEY = "spring.datasource.url";

  private DataFolderLock() {}

  /** @return the one-line error when the H2 file in use is locked by another process */
  public static Optional<String> conflict(String[] args) {
    String url = datasourceUrl(args);
    if (url == null || !url.startsWith("jdbc:h2:file:")) {
      return Optional.empty();
    }
    String base = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
    Path file = Path.of(base + ".mv.db");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        lock.release();
        return Optional.empty();
      }
    } catch (OverlappingFileLockException e) {
      return Optional.empty(); // held by this very JVM: not another Venn
    } catch (IOException e) {
      return Optional.empty(); // unreadable here: let H2 report it in its own words
    }
    Path folder = Optional.ofNullable(file.getParent()).orElse(Path.of("."));
    return Optional.of(
        "venn: another Venn is using " + display(folder) + "; stop it or pass --spring.datasource.url=… (e.g. "
            + "--spring.datasource.url=jdbc:h2:file:/tmp/venn2/venn) and another --server.port");
  }

  private static String display(Path folder) {
    String s = folder.toString();
    return s.startsWith("/") || s.startsWith(".") ? s : "./" + s;
  }

  /** The URL Spring will use: command line, then system property, then environment, then application.properties. */
  static String datasourceUrl(String[] args) {
    for (String a : args) {
      if (a.startsWith("--" + KEY + "=")) {
        return a.substring(KEY.length() + 3);
      }
    }
    String fromProperty = System.getProperty(KEY);
    if (fromProperty != null) {
      return fromProperty;
    }
    String fromEnv = System.getenv("SPRING_DATASOURCE_URL");
    if (fromEnv != null) {
      return fromEnv;
    }
    try (InputStream in = DataFolderLock.class.getResourceAsStream("/application.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty(KEY);
    } catch (IOException e) {
      return null;
    }
  }
}
