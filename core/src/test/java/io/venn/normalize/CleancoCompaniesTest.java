package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 1,320 real names of cleanco's test list (see test resources' SOURCE.txt), with their countries. */
class CleancoCompaniesTest {
  /** Designators that must never survive at the end of a normalized name. */
  private static final Set<String> COMMON_FORMS =
      Set.of("inc", "ltd", "llc", "corp", "plc", "gmbh", "ag", "sa", "nv", "bv", "spa", "oyj", "asa", "ab", "pty", "kk");

  @Test
  void parse_everyNameKeepsTokensAndLosesItsTrailingForm() throws IOException {
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (String line : lines()) {
      String[] cols = line.split(";");
      String country = cols.length > 1 ? Countries.lookup(cols[1]) : null;
      CompanyName name = CompanyNames.parse(cols[0], country);
      count++;
      List<String> t = name.tokens();
      if (t.isEmpty() || (t.size() > 1 && COMMON_FORMS.contains(t.get(t.size() - 1)))) {
        failures.add(line + " -> " + t);
      }
    }
    assertThat(count).isEqualTo(1320);
    assertThat(failures).isEmpty();
  }

  @Test
  void countries_everyCountryOfTheListIsKnown() throws IOException {
    List<String> unknown = new ArrayList<>();
    for (String line : lines()) {
      String[] cols = line.split(";");
      if (cols.length > 1 && Countries.lookup(cols[1]) == null) {
        unknown.add(cols[1]);
      }
    }
    assertThat(unknown).isEmpty();
  }

  private static List<String> lines() throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        CleancoCompaniesTest.class.getResourceAsStream("cleanco_test_companies.csv"), StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank()).toList();
    }
  }
}
