package io.venn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped examples (examples/, from the README's CLI guide): the CLI finds every true overlap and
 * no false one. Overlaps are counted by company: where one list holds a company twice, one-to-one
 * matching pairs the partner's record with one of the two, which is the same overlap.
 */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void match_shippedExamples_everyTrueOverlapAndNoFalseOne(@TempDir Path tmp) throws IOException {
    Path matches = tmp.resolve("m.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = VennCli.run(new String[] {"match", "--left", EXAMPLES.resolve("our-accounts.csv").toString(),
        "--right", EXAMPLES.resolve("partner-accounts.csv").toString(), "--matches", matches.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(code).isZero();

    Set<String> expected = new HashSet<>(pairs(EXAMPLES.resolve("expected-matches.csv")));
    List<String> found = pairs(matches);
    assertThat(found).as("no false overlap").allMatch(expected::contains);

    // Group expected pairs into companies (connected components) and require one found pair in each.
    Map<String, String> company = new HashMap<>();
    for (String pair : expected) {
      String[] ids = pair.split(",");
      String a = find(company, "L" + ids[0]);
      String b = find(company, "R" + ids[1]);
      company.put(a, b);
    }
    Set<String> companies = new HashSet<>();
    Set<String> companiesFound = new HashSet<>();
    for (String pair : expected) {
      companies.add(find(company, "L" + pair.split(",")[0]));
    }
    for (String pair : found) {
      companiesFound.add(find(company, "L" + pair.split(",")[0]));
    }
    assertThat(companiesFound).as("every true overlap").containsExactlyInAnyOrderElementsOf(companies);
  }

  private static String find(Map<String, String> parent, String node) {
    String cur = node;
    while (parent.containsKey(cur) && !parent.get(cur).equals(cur)) {
      cur = parent.get(cur);
    }
    return cur;
  }

  private static List<String> pairs(Path csv) throws IOException {
    return Files.readAllLines(csv).stream().skip(1).filter(l -> !l.isBlank())
        .map(l -> { String[] f = l.split(","); return f[0] + "," + f[1]; }).toList();
  }
}
