package io.venn.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the package's bundled data files; a missing file is a packaging bug, so it fails loudly. */
final class Resources {
  private Resources() {}

  static BufferedReader open(String name) {
    InputStream in = Resources.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource io/venn/normalize/" + name + " (broken build?)");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * The rows of a tab-separated table file: its {@link #lines} split at tabs, each with {@code min}
   * to {@code max} columns; a row with another count fails, naming the file, its line and {@code
   * layout} (a bundled file, so a packaging or editing bug).
   */
  static List<String[]> table(String name, int min, int max, String layout) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = open(name)) {
      int number = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        number++;
        int hash = line.indexOf('#');
        String s = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (s.isEmpty()) {
          continue;
        }
        String[] cols = s.split("\t");
        if (cols.length < min || cols.length > max) {
          throw new IllegalStateException("io/venn/normalize/" + name + " line " + number + ": '" + s + "' is not " + layout);
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource io/venn/normalize/" + name, e);
    }
    return rows;
  }

  /** The non-blank lines of a list file, trimmed, with {@code #} comments (whole-line or trailing) removed. */
  static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = open(name)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String s = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource io/venn/normalize/" + name, e);
    }
    return out;
  }
}
