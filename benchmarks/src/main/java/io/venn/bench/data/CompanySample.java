package io.venn.bench.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The real companies bundled with the benchmarks (see {@code io/venn/bench/data/SOURCE.txt}): 27,962
 * listed companies, one row per company, each with a website. Read from the classpath, never from
 * the shared data folder, so a run is reproducible from the repository alone.
 */
public final class CompanySample {
  static final String RESOURCE = "/io/venn/bench/data/companies.csv.gz";
  private static volatile List<Company> cached;

  private CompanySample() {}

  /**
   * The sample in file order.
   *
   * @throws UncheckedIOException if the bundled resource is missing or unreadable
   */
  public static List<Company> load() {
    List<Company> result = cached;
    if (result == null) {
      result = read();
      cached = result;
    }
    return result;
  }

  private static List<Company> read() {
    try (InputStream raw = CompanySample.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new UncheckedIOException(new IOException("missing classpath resource " + RESOURCE));
      }
      try (Reader in = new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8)) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Company> out = new ArrayList<>(30_000);
        for (CSVRecord r : format.parse(in)) {
          out.add(new Company(r.get("name"), r.get("website"), r.get("country"), r.get("city")));
        }
        return List.copyOf(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
