package io.venn.bench.jmh;

import io.venn.bench.data.CrmFormat;
import io.venn.bench.data.ListWriter;
import io.venn.pipeline.WorkerPool;
import io.venn.read.CsvAccountReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * How many CRM rows per second one CSV file is parsed into accounts: on the calling thread
 * ({@code threads=1}), or in pieces on the matches' shared pool ({@code threads=2}), as an upload
 * and {@code venn encode} read it. The file is a generated Salesforce export held in memory, so the
 * disk is not measured.
 *
 * <p>Run: {@code java -jar benchmarks/target/venn-benchmarks.jar CsvReadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvReadBenchmark {
  static final int ROWS = 50_000;

  @Param({"1", "2"})
  int threads;

  byte[] file;
  CsvAccountReader reader;

  @Setup
  public void setup() throws IOException {
    Path csv = Files.createTempFile("venn-read-", ".csv");
    try {
      ListWriter.writeAccounts(csv, BenchData.lists(ROWS).right(), CrmFormat.SALESFORCE);
      file = Files.readAllBytes(csv);
    } finally {
      Files.delete(csv);
    }
    reader = threads == 1 ? CsvAccountReader.standard() : CsvAccountReader.standard().withParallelism(WorkerPool.executor(), threads);
  }

  /** One invocation reads the {@value #ROWS}-row file; the score is rows per second. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long read() throws IOException {
    return reader.read(new ByteArrayInputStream(file), "bench.csv", a -> { }).accepted();
  }
}
