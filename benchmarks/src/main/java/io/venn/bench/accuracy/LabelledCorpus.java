package io.venn.bench.accuracy;

import io.venn.read.Account;
import io.venn.read.CsvAccountReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A labelled pair of real lists bundled on the classpath (core/src/test/resources/crm-corpus and
 * nyse-sec, see their SOURCE.txt): two lists read with Venn's own CSV reader, the true pairs and the
 * labelled hard-negative pairs, each pair with its kind.
 *
 * @param name what the report calls it ("crm-corpus/heldout")
 * @param truth kind by {@link Truth#key} of (left id, right id)
 * @param hardNegatives kind by {@link Truth#key}: different companies that look alike
 */
public record LabelledCorpus(String name, List<Account> left, List<Account> right, Map<String, String> truth,
    Map<String, String> hardNegatives) {
  public LabelledCorpus {
    left = List.copyOf(left);
    right = List.copyOf(right);
    truth = Collections.unmodifiableMap(new HashMap<>(truth));
    hardNegatives = Collections.unmodifiableMap(new HashMap<>(hardNegatives));
  }

  /**
   * Loads {@code folder}/left.csv, right.csv, truth.csv and hard-negatives.csv from the classpath.
   *
   * @throws IOException if a file is missing or unreadable, naming it
   */
  public static LabelledCorpus load(String folder) throws IOException {
    return new LabelledCorpus(folder, accounts(folder + "/left.csv"), accounts(folder + "/right.csv"),
        pairs(folder + "/truth.csv"), pairs(folder + "/hard-negatives.csv"));
  }

  private static List<Account> accounts(String resource) throws IOException {
    List<Account> out = new ArrayList<>();
    try (InputStream in = open(resource)) {
      CsvAccountReader.standard().read(in, resource, out::add);
    }
    return out;
  }

  private static Map<String, String> pairs(String resource) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (Reader reader = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        if (out.put(Truth.key(r.get("left_id"), r.get("right_id")), r.get("kind")) != null) {
          throw new IOException(resource + " line " + (r.getRecordNumber() + 1) + ": the pair is listed twice");
        }
      }
    }
    return out;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = LabelledCorpus.class.getResourceAsStream("/" + resource);
    if (in == null) {
      throw new IOException("missing classpath resource " + resource + " (bundled from core/src/test/resources by benchmarks/pom.xml)");
    }
    return in;
  }
}
