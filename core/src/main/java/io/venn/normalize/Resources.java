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
