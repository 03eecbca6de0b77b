package io.venn.service.list;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.venn.read.CsvAccountReader;
import io.venn.read.InvalidListException;
import io.venn.service.audit.AuditLog;
import io.venn.service.system.BadInputException;
import io.venn.service.system.LimitExceededException;
import io.venn.service.system.VennProperties;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.flywaydb.core.Flyway;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whatever bytes arrive, an upload either stores a whole, consistent list (records = accepted,
 * rows = accepted + rejectedCount) or is refused with a 400-class exception and stores nothing.
 * Any other exception would be a 500. The small, in-build cousin of the fuzzing harness in
 * {@code benchmarks/} ({@code io.venn.bench.fuzz.FuzzService}), on the real upload code and an
 * in-memory H2 with the real migrations.
 */
class UploadProperties {
  private static SingleConnectionDataSource dataSource;
  private static JdbcTemplate jdbc;
  private static ListService lists;

  @BeforeContainer
  static void database() {
    dataSource =
        new SingleConnectionDataSource(
            "jdbc:h2:mem:props-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "sa", "", true);
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    jdbc.update("INSERT INTO organizations (id, name, created_at) VALUES ('org', 'Fuzz', CURRENT_TIMESTAMP)");
    // The shipped defaults, but a small line limit so long lines are common among generated files.
    MockEnvironment env = new MockEnvironment().withProperty("venn.limits.line-bytes", "2000");
    VennProperties properties = Binder.get(env).bindOrCreate("venn", VennProperties.class);
    CsvAccountReader reader = CsvAccountReader.standard();
    ApplicationEventPublisher events = e -> {};
    lists =
        new ListService(
            new ListRepository(jdbc, new ObjectMapper()), reader::read,
            new TransactionTemplate(new DataSourceTransactionManager(dataSource)), new AuditLog(jdbc), events, properties);
  }

  @AfterContainer
  static void close() {
    dataSource.destroy();
  }

  @Property(tries = 300, seed = "11")
  void upload_storesAWholeListOrNothing(@ForAll("hostileCsv") String csv) throws Exception {
    long listsBefore = count("account_lists");
    long recordsBefore = count("list_records");
    AccountListInfo stored;
    try {
      stored = lists.upload("org", "fuzz.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    } catch (BadInputException | LimitExceededException | InvalidListException refused) {
      assertThat(refused.getMessage()).contains("fuzz.csv");
      assertThat(count("account_lists")).isEqualTo(listsBefore);
      assertThat(count("list_records")).isEqualTo(recordsBefore);
      return;
    }
    assertThat(count("account_lists")).isEqualTo(listsBefore + 1);
    assertThat(count("list_records")).isEqualTo(recordsBefore + stored.accepted());
    assertThat(stored.rows()).isEqualTo(stored.accepted() + stored.rejectedCount());
    assertThat(stored.populations().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(stored.accepted());
  }

  /** CRM-like files with hostile pieces spliced in: odd separators, quotes, control characters, long or wide lines. */
  @Provide
  Arbitrary<String> hostileCsv() {
    Arbitrary<String> header =
        Arbitraries.of(
            "Account ID,Account Name,Website,Type", "Name;Domain;Segment", "Company\tURL", "Name|Website|Population",
            "sep=;\nName;Website", "sep=\n\nName,Website", "sep=\"\nName,Website", "\uFEFFName,Website", "Colour,Size",
            "Name,Name,Website,Website", "");
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30),
            Arbitraries.of(",", ";", "\t", "|", "\"", "\"\"", "\n", "\r", "\r\n", "\0", "\u00A0", "\u200B", "=", "＝", "é", "\uD83D\uDE00"),
            Arbitraries.strings().all().ofMaxLength(8),
            Arbitraries.integers().between(0, 3000).map(n -> "x".repeat(n)),
            Arbitraries.integers().between(0, 150).map(n -> ",Pop" + n));
    Arbitrary<String> body = piece.list().ofMaxSize(60).map(l -> String.join("", l));
    Arbitrary<List<String>> rows = Arbitraries.oneOf(body, Arbitraries.of("a1,Siemens AG,siemens.com,Customers")).list().ofMaxSize(40);
    return Combinators.combine(header, rows).as((h, r) -> h + "\n" + String.join("\n", r) + "\n");
  }

  private static long count(String table) {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    return n == null ? 0 : n;
  }
}
