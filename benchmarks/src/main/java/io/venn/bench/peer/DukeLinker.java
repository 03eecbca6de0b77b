package io.venn.bench.peer;

import io.venn.bench.accuracy.PredictedPair;
import io.venn.read.Account;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.DataSource;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.datasources.InMemoryDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Duke 1.2 in record-linkage mode on the same two lists Venn matches: the left list is indexed in
 * an in-memory Lucene index, each right record is looked up by name and domain and compared with
 * its candidates, and the best candidate above the threshold is reported.
 *
 * <p>Configuration (the peer's equivalent of Venn's fields): NAME Levenshtein, probability 0.10 when
 * dissimilar up to 0.90 when equal; DOMAIN exact, 0.30 / 0.98; COUNTRY exact, 0.10 / 0.60; CITY
 * exact, 0.40 / 0.60; lookup on NAME and DOMAIN; at most {@value #MAX_SEARCH_HITS} Lucene hits per
 * query; cleaners in {@link DukeCleaners}. Missing values are no evidence, as in Venn.
 */
public final class DukeLinker {
  /** Lucene candidates per lookup: Duke's documented knob between speed and recall. */
  static final int MAX_SEARCH_HITS = 25;

  private DukeLinker() {}

  /**
   * Links the lists and returns Duke's best match per right record with its confidence.
   *
   * @param threshold Duke's match threshold; report pairs at or above it
   * @param threads Duke processor threads
   */
  public static List<PredictedPair> link(List<Account> left, List<Account> right, double threshold, int threads) {
    ConfigurationImpl config = new ConfigurationImpl();
    config.setProperties(properties());
    config.setThreshold(threshold);
    config.addDataSource(1, source(left, "L:"));
    config.addDataSource(2, source(right, "R:"));
    LuceneDatabase db = new LuceneDatabase();
    db.setMaxSearchHits(MAX_SEARCH_HITS);
    db.setConfiguration(config);
    config.setDatabase(db);
    Processor processor = new Processor(config, db);
    processor.setThreads(threads);
    List<PredictedPair> found = Collections.synchronizedList(new ArrayList<>());
    processor.addMatchListener(new AbstractMatchListener() {
      @Override
      public void matches(Record r1, Record r2, double confidence) {
        // r1 is the right record being linked, r2 the indexed left record
        String a = r1.getValue("ID");
        String b = r2.getValue("ID");
        if (a.startsWith("L:")) {
          found.add(new PredictedPair(a.substring(2), b.substring(2), confidence));
        } else {
          found.add(new PredictedPair(b.substring(2), a.substring(2), confidence));
        }
      }
    });
    processor.link();
    processor.close();
    return new ArrayList<>(found);
  }

  private static List<Property> properties() {
    PropertyImpl name = new PropertyImpl("NAME", new Levenshtein(), 0.10, 0.90);
    name.setLookupBehaviour(Property.Lookup.TRUE);
    PropertyImpl domain = new PropertyImpl("DOMAIN", new ExactComparator(), 0.30, 0.98);
    domain.setLookupBehaviour(Property.Lookup.TRUE);
    PropertyImpl country = new PropertyImpl("COUNTRY", new ExactComparator(), 0.10, 0.60);
    country.setLookupBehaviour(Property.Lookup.FALSE);
    PropertyImpl city = new PropertyImpl("CITY", new ExactComparator(), 0.40, 0.60);
    city.setLookupBehaviour(Property.Lookup.FALSE);
    return List.of(new PropertyImpl("ID"), name, domain, country, city);
  }

  private static DataSource source(List<Account> accounts, String prefix) {
    InMemoryDataSource ds = new InMemoryDataSource();
    for (Account a : accounts) {
      RecordImpl r = new RecordImpl();
      // the prefix keeps the two lists' ids apart even where they collide
      r.addValue("ID", prefix + a.id());
      add(r, "NAME", a.name(), DukeCleaners.NAME);
      add(r, "DOMAIN", a.domain(), DukeCleaners.DOMAIN);
      add(r, "COUNTRY", a.country(), DukeCleaners.COUNTRY);
      add(r, "CITY", a.city(), DukeCleaners.CITY);
      ds.add(r);
    }
    return ds;
  }

  private static void add(RecordImpl r, String property, String raw, Cleaner cleaner) {
    if (raw == null || raw.isBlank()) {
      return;
    }
    String v = cleaner.clean(raw);
    if (v != null && !v.isEmpty()) {
      r.addValue(property, v);
    }
  }
}
