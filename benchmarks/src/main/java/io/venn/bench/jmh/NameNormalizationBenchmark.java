package io.venn.bench.jmh;

import io.venn.normalize.CompanyName;
import io.venn.normalize.CompanyNames;
import io.venn.read.Account;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How many company names per second one core normalizes ({@code CompanyNames.parse}: folding,
 * legal forms per country, abbreviations), over the generator's real and varied names ({@code
 * parse}, mostly ASCII and accented Latin), and over real names in other scripts ({@code
 * parseNativeScripts}: kana, kanji read by Kuromoji, hangul, Cyrillic, Greek, Arabic, Hebrew, Thai,
 * hanzi), whose transliterators and dictionaries are loaded in setup.
 *
 * <p>Run: {@code java -jar benchmarks/target/venn-benchmarks.jar NameNormalizationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NameNormalizationBenchmark {
  static final int BATCH = 10_000;

  /** Real names and their countries, one per script Venn romanizes its own way. */
  private static final String[][] NATIVE = {
      {"ソニーグループ株式会社", "JP"}, {"トヨタ自動車株式会社", "JP"}, {"ジョイフル", "JP"}, {"三菱商事", "JP"},
      {"삼성전자 주식회사", "KR"}, {"현대자동차", "KR"}, {"ПАО Газпром", "RU"}, {"ПАО «Лукойл»", "RU"},
      {"Άλφα Τράπεζα Α.Ε.", "GR"}, {"أرامكو السعودية", "SA"}, {"בנק לאומי", "IL"}, {"ธนาคารกรุงเทพ จำกัด (มหาชน)", "TH"},
      {"中国银行股份有限公司", "CN"}, {"Müller GmbH", "DE"}, {"Société Générale S.A.", "FR"}, {"Acme (España)", "ES"}};

  @Param({"10000"})
  int size;

  String[] names;
  String[] countries;

  @Setup
  public void setup() {
    List<Account> right = BenchData.lists(size).right();
    names = new String[BATCH];
    countries = new String[BATCH];
    for (int i = 0; i < BATCH; i++) {
      Account a = right.get(i % right.size());
      names[i] = a.name();
      countries[i] = a.country();
    }
    for (String[] n : NATIVE) {
      CompanyNames.parse(n[0], n[1]); // loads each script's transliterator and catalog outside the timing
    }
  }

  /** One invocation normalizes {@value #BATCH} names; the score is names per second. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int parse() {
    int tokens = 0;
    for (int i = 0; i < BATCH; i++) {
      CompanyName n = CompanyNames.parse(names[i], countries[i]);
      tokens += n.tokens().size();
    }
    return tokens;
  }

  /** One invocation normalizes {@value #BATCH} names in other scripts; the score is names per second. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int parseNativeScripts() {
    int tokens = 0;
    for (int i = 0; i < BATCH; i++) {
      String[] n = NATIVE[i % NATIVE.length];
      tokens += CompanyNames.parse(n[0], n[1]).tokens().size();
    }
    return tokens;
  }
}
