package io.venn.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code venn} command line: {@code match} and {@code encode}. Every failure is one line on
 * standard error, {@code venn: <file or option>: <problem>}, with exit code 1 for bad input and 2
 * for bad usage; 0 means success.
 */
public final class VennCli {
  static final String USAGE = """
      Usage: venn <command> [options]

      venn match --left A --right B [--matches M.csv] [--matrix X.json] [--threshold T]
                 [--explain] [--map field=Header ...] [--secret-file S] [--feedback F.csv]
          Match two account lists: CSV exports, or encoded lists from 'venn encode' (both the same kind).
          Prints the overlap matrix (rows: left populations, columns: right populations) unless
          --matches or --matrix is given, then a one-line summary.
            --matches M.csv   one row per match: left_id,right_id,score (4 decimals)
            --matrix X.json   {"cells":[{"left":"<population>","right":"<population>","overlaps":N},...]}
            --threshold T     match probability in (0, 1] at or above which a pair matches (default 0.90)
            --explain         print each match with its reasons: field, label, similarity, weight
            --map field=Header  read a field from that CSV column (fields: id, name, domain, country,
                              city, state, phone, registration, population); repeatable
            --secret-file S   encoded lists only: open the sealed fields, list the matches with real ids
                              and names, and use the real ids in M.csv (without it, M.csv has refs)
            --feedback F.csv  people's verdicts on pairs: header left_id,right_id,verdict, verdict
                              not_a_match (never match the pair) or match (always match it)

      venn encode --secret-file S --in A.csv --out A.venn [--share name,domain,...] [--map field=Header ...]
          Blind-mode encoding on your own machine. S holds the partnership secret (at least 16 bytes).
          The output holds keyed tokens and the --share fields (default name,domain) plus the id,
          sealed with AES-GCM for the partner; no plaintext field of the input except the
          population label, which the matrix is counted by.

      CSV columns are recognised by their usual CRM headers, case-insensitively: Id / Account ID /
      Record ID; Name / Account Name / Company / Company name; Website / Domain / Company Domain Name /
      URL; Country / Billing Country / Country/Region; City / Billing City; State / Region; Phone;
      Registration / DUNS / LEI / Company Number; Population / Type / Segment / Lifecycle Stage.
      A missing population column means one population, All. The delimiter (, ; tab |) and the
      encoding (UTF-8 or Windows-1252) are detected.
      """;

  private VennCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs one command.
   *
   * @return the process exit code: 0 success, 1 unusable input or output, 2 bad usage, 3 internal error
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.print(USAGE);
      return CliException.USAGE;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (isHelp(args[0]) || rest.contains("--help")) {
      out.print(USAGE);
      return 0;
    }
    try {
      return switch (args[0]) {
        case "match" -> new MatchCommand(out, err, System.console() != null).run(rest);
        case "encode" -> new EncodeCommand(out, err).run(rest);
        default -> throw CliException.usage(args[0], "unknown command; the commands are match and encode");
      };
    } catch (CliException e) {
      err.println("venn: " + e.getMessage());
      return e.exitCode();
    } catch (RuntimeException e) {
      err.println("venn: internal error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
      return 3;
    }
  }

  private static boolean isHelp(String arg) {
    return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
  }
}
