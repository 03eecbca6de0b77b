package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README is true by construction: every {@code console} block that runs the CLI is pasted into
 * bash from the repository root, exactly as a reader would, and what each command prints must be what
 * the README shows below it. A line {@code ...} ends the comparison for that command (the rest is elided).
 * Runs after {@code package}, against the built {@code core/target/venn-cli.jar}.
 */
class ReadmeCliExamplesIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern CONSOLE = Pattern.compile("(?ms)^ *```console\\n(.*?)^ *```");
  private static final String MARK = "@@venn-readme-command@@";

  @Test
  void everyCliExample_printsWhatTheReadmeShows() throws Exception {
    List<Block> blocks = cliBlocks(Files.readString(ROOT.resolve("README.md")));
    assertThat(blocks).as("CLI examples in README.md").hasSizeGreaterThanOrEqualTo(3);
    assertThat(ROOT.resolve("core/target/venn-cli.jar")).as("run after 'mvn package'").exists();
    int compared = 0;
    for (Block b : blocks) {
      List<String> outputs = run(b);
      for (int i = 0; i < b.commands.size(); i++) {
        List<String> expected = b.expected.get(i);
        List<String> actual = outputs.get(i).lines().map(ReadmeCliExamplesIT::stripEnd).toList();
        int elided = expected.indexOf("...");
        if (elided >= 0) {
          expected = expected.subList(0, elided);
          actual = actual.subList(0, Math.min(actual.size(), elided));
        }
        assertThat(String.join("\n", actual)).as("output of README command: " + b.commands.get(i)).isEqualTo(String.join("\n", expected));
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(3);
  }

  @Test
  void readme_hasEachSectionOnce() throws IOException {
    List<String> headings = new ArrayList<>();
    boolean code = false;
    for (String line : Files.readString(ROOT.resolve("README.md")).lines().toList()) {
      code ^= line.strip().startsWith("```");
      if (!code && line.startsWith("#")) {
        headings.add(line);
      }
    }
    assertThat(headings).contains("### API notes", "### Configuration").doesNotHaveDuplicates();
  }

  /** A console block that runs the CLI: its commands (continuation lines joined) and each one's output. */
  record Block(List<String> commands, List<List<String>> expected) {}

  static List<Block> cliBlocks(String readme) {
    List<Block> out = new ArrayList<>();
    Matcher m = CONSOLE.matcher(readme);
    while (m.find()) {
      List<String> lines = m.group(1).lines().toList();
      int indent = lines.isEmpty() ? 0 : lines.get(0).length() - lines.get(0).stripLeading().length();
      List<String> commands = new ArrayList<>();
      List<List<String>> expected = new ArrayList<>();
      StringBuilder command = null;
      for (String raw : lines) {
        String line = raw.length() >= indent ? raw.substring(indent) : raw.strip();
        if (command != null && command.toString().endsWith("\\")) {
          command.setLength(command.length() - 1);
          command.append(' ').append(line.strip());
          continue;
        }
        if (command != null) {
          commands.add(command.toString());
          command = null;
        }
        if (line.startsWith("$ ")) {
          command = new StringBuilder(line.substring(2).replaceAll("\\s+#.*$", ""));
          expected.add(new ArrayList<>());
        } else if (!expected.isEmpty()) {
          expected.get(expected.size() - 1).add(stripEnd(line));
        }
      }
      if (command != null) {
        commands.add(command.toString());
      }
      if (commands.stream().anyMatch(c -> c.contains("venn-cli.jar"))) {
        out.add(new Block(commands, expected));
      }
    }
    return out;
  }

  /** One bash from the repository root runs the block's commands in order, as a reader pastes them. */
  private static List<String> run(Block b) throws IOException, InterruptedException {
    StringBuilder script = new StringBuilder();
    for (String c : b.commands) {
      script.append("echo '").append(MARK).append("'\n").append(c).append(" 2>&1\n");
    }
    Process p = new ProcessBuilder("bash", "-c", script.toString()).directory(ROOT.toFile()).redirectErrorStream(true).start();
    byte[] bytes = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String all = new String(bytes, StandardCharsets.UTF_8);
    // What mktemp chose differs per run; the README shows it as the variable the reader set.
    all = all.replaceAll("/tmp/tmp\\.[A-Za-z0-9]+", "\\$OUT");
    List<String> parts = new ArrayList<>(List.of(all.split(Pattern.quote(MARK) + "\\n", -1)));
    parts.remove(0);
    assertThat(parts).as("one output per command of " + b.commands).hasSize(b.commands.size());
    return parts;
  }

  private static String stripEnd(String s) {
    return s.stripTrailing();
  }
}
