package io.venn.encode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word frequencies in real company names (resource {@code background-vocabulary.tsv}, built from
 * public listings; see the SOURCE note beside it). Plaintext, so it stays inside the encoding party.
 */
record BackgroundVocabulary(Map<String, Integer> counts, long documents) {
  static final String RESOURCE = "background-vocabulary.tsv";

  /**
   * Words in at least this share of company names are descriptors rather than a brand ("steel",
   * "motor", "bank", "thai": 349 words, each in 54 or more of the 53,336 names).
   */
  static final double DESCRIPTOR_SHARE = 0.001;

  /** The words in {@link #DESCRIPTOR_SHARE} or more of company names. */
  static Set<String> descriptors() {
    return Loaded.DESCRIPTORS;
  }

  /** The vocabulary, read once from the resource. */
  static BackgroundVocabulary load() {
    return Loaded.VOCABULARY;
  }

  private static final class Loaded {
    static final BackgroundVocabulary VOCABULARY = read();
    static final Set<String> DESCRIPTORS = descriptorsOf(VOCABULARY);

    private static Set<String> descriptorsOf(BackgroundVocabulary v) {
      Set<String> out = new HashSet<>();
      v.counts().forEach((w, n) -> {
        if (n >= DESCRIPTOR_SHARE * v.documents()) {
          out.add(w);
        }
      });
      return java.util.Collections.unmodifiableSet(out);
    }
  }

  private static BackgroundVocabulary read() {
    InputStream in = BackgroundVocabulary.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource io/venn/encode/" + RESOURCE);
    }
    Map<String, Integer> counts = new HashMap<>();
    long documents = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        String word = line.substring(0, tab);
        int n = Integer.parseInt(line.substring(tab + 1).trim());
        if (word.equals("*documents*")) {
          documents = n;
        } else {
          counts.put(word, n);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BackgroundVocabulary(counts, Math.max(documents, 1));
  }
}
