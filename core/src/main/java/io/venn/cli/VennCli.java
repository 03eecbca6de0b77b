package io.venn.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code venn} command line: {@code match}, and blind mode's {@code keygen}, {@code secret},
 * {@code encode} and {@code open}. Every failure is one line on
 * standard error, {@code venn: <file or option>: <problem>}, with exit code 1 for bad input and 2
 * for bad usage; 0 means success.
 */
public final class VennCli {
  static final String USAGE = """
      Usage: venn <command> [options]

      venn match --left A --right B [--matches M.csv] [--matrix X.json] [--threshold T]
                 [--explain] [--estimate] [--map field=Header ...] [--feedback F.csv] [--min-cell K]
          Match two account lists: CSV exports, or encoded lists from 'venn encode' (both the same kind).
          Prints the overlap matrix (rows: left populations, columns: right populations) unless
          --matches or --matrix is given, then a one-line summary.
            --matches M.csv   one row per match: left_id,right_id,score (4 decimals); refs for encoded lists
            --matrix X.json   {"cells":[{"left":"<population>","right":"<population>","overlaps":N},...]}
            --threshold T     match probability in (0, 1] at or above which a pair matches (default 0.90)
            --explain         CSV lists only: print each match with its reasons: field, label, similarity, weight
            --estimate        re-estimate the model's m and u on these two lists (bounded EM) before
                              matching; --explain marks the re-estimated levels with *
            --map field=Header  read a field from that CSV column (fields: id, name, domain, country,
                              city, state, phone, registration, population); repeatable
            --feedback F.csv  people's verdicts on pairs: header left_id,right_id,verdict, verdict
                              not_a_match (never match the pair) or match (always match it)
            --min-cell K      encoded lists only: counts below K (default and least 3) print as "< K".
                              Encoded lists need at least 100 records each and the same job nonce.

      Blind mode: two companies match through the Venn service without anyone else seeing a list.
      Each step runs on the company's own machine; only public keys, encoded lists, release keys
      and views travel, all through the service.
      venn keygen --out PREFIX
          A fresh X25519 key pair: PREFIX.key (private, stays here) and PREFIX.pub (register it with
          the partnership: PUT /api/v1/partnerships/ID/blind/key).
      venn secret --mine PREFIX.key --theirs PARTNER.pub --partnership ID --out S
          The partnership secret, derived from your private key and the partner's public key (X25519
          and HKDF bound to the partnership id). Both sides get the same 32 bytes; they never travel.
      venn encode --secret-file S (--job-nonce N | --job JOB.json) --in A.csv --out A.venn
                  [--release R] [--share name,domain,...] [--policy SHARING.json] [--map field=Header ...]
          Encodes your list for one job under HKDF(secret, job nonce), so nothing links across jobs.
          A.venn holds keyed tokens, a keyed name filter, each population as a keyed token with its
          label sealed, and the id plus the --share fields (default name,domain), each sealed with
          AES-GCM and padded to a fixed size. --policy declares your sharing by population label
          (the JSON of PUT .../sharing), since the service knows populations only by token.
          R (default A.venn.release) is the release key: upload it with A.venn, to the service only.
          A record's sealed fields open only with its share of R, which the service releases to the
          partner for overlapping records of populations your sharing policy opens, never others.
      venn open --secret-file S --in VIEW.json --out overlaps.csv
          Opens the view the service gave you (GET /api/v1/blind/jobs/ID/view): prints the overlap
          counts by population label and writes your matched records' ids and the partner's
          released fields.
      What blind mode protects: the service holds encoded lists and release keys but no secret, so
      it reads no name, domain, id, population label or other field (it does see the list sizes,
      the number and sizes of populations and which encoded records match); the partner gets counts and only the overlapping
      records its policy releases, never your encoded list; small counts-only cells show as "< k".
      Keyed tokens are deterministic within a job, so a matcher can still compare token frequencies
      with public statistics: see docs/privacy.md for the measured leakage.

      CSV columns are recognised by their usual CRM headers, case-insensitively: Id / Account ID /
      Record ID; Name / Account Name / Company / Company name; Website / Domain / Company Domain Name /
      URL; Country / Billing Country / Country/Region; City / Billing City; State / Region; Phone;
      Registration / DUNS / LEI / Company Number; Population / Type / Segment / Lifecycle Stage.
      A missing population column means one population, All. The delimiter (, ; tab |) and the
      encoding (UTF-8 or Windows-1252) are detected.
      """;

  private VennCli() {}

  public static void main(String[] args) {
    JvmTuning.endWithFirstJvm();
    System.exit(run(args, System.out, System.err, true));
  }

  /**
   * Runs one command.
   *
   * @return the process exit code: 0 success, 1 unusable input or output, 2 bad usage, 3 internal error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  /**
   * @param ownProcess whether this JVM runs only this command ({@link #main}), so it may tune the
   *     JVM for it ({@link QuickCompile}) or run a large match in a tuned one ({@link JvmTuning});
   *     never from inside another program or a test
   */
  static int run(String[] args, PrintStream out, PrintStream err, boolean ownProcess) {
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
        case "match" -> new MatchCommand(out, err, System.console() != null, ownProcess).run(rest);
        case "encode" -> new EncodeCommand(out, err, ownProcess).run(rest);
        case "keygen" -> new KeygenCommand(out).run(rest);
        case "secret" -> new SecretCommand(out).run(rest);
        case "open" -> new OpenCommand(out).run(rest);
        default -> throw CliException.usage(args[0], "unknown command; the commands are match, keygen, secret, encode and open");
      };
    } catch (CliException e) {
      err.println("venn: " + e.getMessage());
      return e.exitCode();
    } catch (RuntimeException e) {
      err.println("venn: internal error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
      return 3;
    }
  }

  /** A command's whole command line again, its name first: what a second JVM runs ({@link JvmTuning}). */
  static String[] commandLine(String command, List<String> argv) {
    String[] all = new String[argv.size() + 1];
    all[0] = command;
    for (int i = 0; i < argv.size(); i++) {
      all[i + 1] = argv.get(i);
    }
    return all;
  }

  private static boolean isHelp(String arg) {
    return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
  }
}
