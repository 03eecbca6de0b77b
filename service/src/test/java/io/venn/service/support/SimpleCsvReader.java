package io.venn.service.support;

import io.venn.read.Account;
import io.venn.read.InvalidListException;
import io.venn.read.ReadSummary;
import io.venn.read.RowIssue;
import io.venn.service.list.UploadReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * TEMPORARY test stand-in for core's CsvAccountReader while it is under construction: the usual CRM
 * headers, rows without id or name+domain rejected. Production always uses CsvAccountReader.
 */
public final class SimpleCsvReader implements UploadReader {
  private static final Map<String, String> HEADERS = new HashMap<>();

  static {
    for (String h : List.of("id", "account id", "record id")) HEADERS.put(h, "id");
    for (String h : List.of("name", "account name", "company", "company name")) HEADERS.put(h, "name");
    for (String h : List.of("website", "domain", "company domain name", "url")) HEADERS.put(h, "domain");
    for (String h : List.of("country", "billing country", "country/region")) HEADERS.put(h, "country");
    for (String h : List.of("city", "billing city")) HEADERS.put(h, "city");
    for (String h : List.of("population", "type", "segment", "lifecycle stage")) HEADERS.put(h, "population");
  }

  @Override
  public ReadSummary read(InputStream in, String source, Consumer<Account> sink) throws IOException {
    CSVParser parser;
    try {
      parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new InvalidListException(source, "not a CSV file: " + e.getMessage());
    }
    Map<String, String> fieldOf = new LinkedHashMap<>();
    for (String h : parser.getHeaderNames()) {
      fieldOf.put(h, HEADERS.getOrDefault(h.trim().toLowerCase(Locale.ROOT), h.trim().toLowerCase(Locale.ROOT)));
    }
    if (parser.getHeaderNames().isEmpty()) {
      throw new InvalidListException(source, "the file is empty");
    }
    if (!fieldOf.containsValue("name") && !fieldOf.containsValue("domain")) {
      throw new InvalidListException(source, "no name or domain column (headers: " + parser.getHeaderNames() + ")");
    }
    long rows = 0;
    long accepted = 0;
    List<RowIssue> rejected = new ArrayList<>();
    Map<String, Long> pops = new LinkedHashMap<>();
    try {
      for (CSVRecord r : parser) {
        rows++;
        long line = r.getRecordNumber() + 1;
        Map<String, String> v = new HashMap<>();
        Map<String, String> attrs = new LinkedHashMap<>();
        fieldOf.forEach((h, f) -> {
          String s = r.isSet(h) ? r.get(h).trim() : "";
          if (!s.isEmpty()) {
            if (List.of("id", "name", "domain", "country", "city", "population").contains(f)) v.put(f, s);
            else attrs.put(f, s);
          }
        });
        if (v.get("name") == null && v.get("domain") == null) {
          rejected.add(new RowIssue(source, line, null, "the row has neither a name nor a domain"));
          continue;
        }
        String id = v.getOrDefault("id", "line-" + line);
        Account a = new Account(id, v.get("name"), v.get("domain"), v.get("country"), v.get("city"), null, null, null,
            v.get("population"), attrs, line);
        pops.merge(a.population(), 1L, Long::sum);
        accepted++;
        sink.accept(a);
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new InvalidListException(source, "not a CSV file: " + e.getMessage());
    }
    return new ReadSummary(source, rows, accepted, rejected, pops);
  }
}
