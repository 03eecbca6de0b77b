package io.venn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.pipeline.AccountSource;
import io.venn.read.Account;
import io.venn.read.CsvAccountReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV list hands its accounts to the pipeline once and keeps what the output prints. */
class ListInputTest {
  @TempDir Path dir;

  private ListInput read() throws Exception {
    Path file = Files.writeString(dir.resolve("ours.csv"), """
        Id,Name,Website
        L1,Acme Corporation,acme.com
        L2,Globex,globex.com
        L3,Initech,
        """);
    return ListInput.csv(file, CsvAccountReader.standard());
  }

  @Test
  void handOver_givesEveryAccountInOrderAndKeepsIdsForTheOutput() throws Exception {
    ListInput list = read();

    AccountSource source = list.handOver(false);
    List<String> seen = new ArrayList<>();
    source.forEach(a -> seen.add(a.id() + " " + a.name()));

    assertThat(source.size()).isEqualTo(3);
    assertThat(seen).containsExactly("L1 Acme Corporation", "L2 Globex", "L3 Initech");
    assertThat(list.size()).isEqualTo(3);
    assertThat(List.of(list.id(0), list.id(1), list.id(2))).containsExactly("L1", "L2", "L3");
    assertThat(list.name(1)).as("names are not kept unless asked for").isNull();
  }

  @Test
  void handOver_twice_isRefused() throws Exception {
    ListInput list = read();
    list.handOver(false);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> list.handOver(false))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ours.csv").hasMessageContaining("handed over already");
  }

  @Test
  void handOver_withNames_keepsNamesForExplain() throws Exception {
    ListInput list = read();

    list.handOver(true).forEach((Account a) -> {});

    assertThat(list.name(0)).isEqualTo("Acme Corporation");
    assertThat(list.name(2)).isEqualTo("Initech");
  }
}
