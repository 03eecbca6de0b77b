package io.venn.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.venn.read.Account;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The bundled corpora are what their SOURCE.txt says: consistent labels, disjoint dev / held-out parts. */
class LabelledCorpusTest {
  @ParameterizedTest
  @ValueSource(strings = {"crm-corpus/dev", "crm-corpus/heldout", "us-listed-sec", "nyse-sec"})
  void load_everyLabelledPairNamesRecordsOfTheLists(String folder) throws IOException {
    LabelledCorpus c = LabelledCorpus.load(folder);
    Set<String> left = ids(c.left());
    Set<String> right = ids(c.right());
    Set<String> pairedLeft = new HashSet<>();
    Set<String> pairedRight = new HashSet<>();
    for (String key : c.truth().keySet()) {
      String[] ids = key.split("\t");
      assertThat(left).as(folder + " truth " + key).contains(ids[0]);
      assertThat(right).as(folder + " truth " + key).contains(ids[1]);
      assertThat(pairedLeft.add(ids[0]) && pairedRight.add(ids[1])).as("a record in two true pairs: " + key).isTrue();
    }
    for (String key : c.hardNegatives().keySet()) {
      String[] ids = key.split("\t");
      assertThat(left).contains(ids[0]);
      assertThat(right).contains(ids[1]);
      assertThat(c.truth()).doesNotContainKey(key);
    }
    assertThat(left).hasSize(c.left().size());
    assertThat(right).hasSize(c.right().size());
  }

  @Test
  void load_crmCorpus_websitesOnMostRecordsAndKindsInBothParts() throws IOException {
    LabelledCorpus dev = LabelledCorpus.load("crm-corpus/dev");
    LabelledCorpus heldout = LabelledCorpus.load("crm-corpus/heldout");
    for (LabelledCorpus c : List.of(dev, heldout)) {
      long withWebsite = c.left().stream().filter(a -> a.domain() != null).count();
      assertThat(withWebsite).as(c.name()).isGreaterThan(c.left().size() * 8L / 10);
      assertThat(c.left().size()).as(c.name()).isBetween(2_000, 6_000);
    }
    assertThat(Set.copyOf(heldout.truth().values())).isEqualTo(Set.copyOf(dev.truth().values()))
        .contains("acronym", "native-script", "brand-legal", "trading-name");
    assertThat(Set.copyOf(heldout.hardNegatives().values())).isEqualTo(Set.copyOf(dev.hardNegatives().values()))
        .containsExactlyInAnyOrder("regional-branch", "parent-subsidiary", "sector-word", "sector-suffix", "platform-domain");
  }

  @Test
  void load_crmCorpus_devAndHeldOutShareNoCompany() throws IOException {
    LabelledCorpus dev = LabelledCorpus.load("crm-corpus/dev");
    LabelledCorpus heldout = LabelledCorpus.load("crm-corpus/heldout");
    assertThat(ids(dev.left())).doesNotContainAnyElementsOf(ids(heldout.left()));
    assertThat(names(dev.left())).doesNotContainAnyElementsOf(names(heldout.left()));
  }

  @Test
  void load_missingFolderNamesIt() {
    assertThatThrownBy(() -> LabelledCorpus.load("no-such-corpus")).isInstanceOf(IOException.class)
        .hasMessageContaining("no-such-corpus/left.csv");
  }

  private static Set<String> ids(List<Account> accounts) {
    return accounts.stream().map(Account::id).collect(Collectors.toSet());
  }

  private static Set<String> names(List<Account> accounts) {
    return accounts.stream().map(a -> a.name() + " " + a.domain()).collect(Collectors.toSet());
  }
}
