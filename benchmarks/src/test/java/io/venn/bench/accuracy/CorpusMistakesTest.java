package io.venn.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.read.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusMistakesTest {
  private static Account account(String id, String name, String website, String country) {
    return new Account(id, name, website, country, null, null, null, null, "Customer", Map.of(), 2);
  }

  @Test
  void write_falseMatchesWithTheirHardNegativeKind_missesWithTheirKind(@TempDir Path dir) throws IOException {
    LabelledCorpus corpus = new LabelledCorpus("tiny",
        List.of(account("L1", "General Electric Company", "ge.com", "United States"),
            account("L2", "Acme (France)", "acme.com/fr", "France")),
        List.of(account("R1", "GE", "ge.com", "United States"), account("R2", "Acme", "be.acme.com", "Belgium")),
        Map.of(Truth.key("L1", "R1"), "acronym"), Map.of(Truth.key("L2", "R2"), "regional-branch"));

    CorpusMistakes.write(corpus, List.of(new PredictedPair("L2", "R2", 0.95)), dir);

    List<String> falseMatches = Files.readAllLines(dir.resolve("false-matches.txt"));
    assertThat(falseMatches).singleElement().asString().startsWith("regional-branch ").contains("L2 Acme (France)", "R2 Acme");
    assertThat(Files.readAllLines(dir.resolve("missed.txt"))).singleElement().asString()
        .startsWith("acronym ").contains("L1 General Electric Company", "R1 GE");
  }
}
