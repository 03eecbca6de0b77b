package io.venn.cli;

/** A failure the user can act on, printed as one line {@code venn: <subject>: <problem>}. */
final class CliException extends Exception {
  static final int INPUT = 1;
  static final int USAGE = 2;

  private final int exitCode;

  CliException(String subject, String problem, int exitCode) {
    super(subject + ": " + problem);
    this.exitCode = exitCode;
  }

  static CliException usage(String subject, String problem) {
    return new CliException(subject, problem + " (see 'venn --help')", USAGE);
  }

  static CliException input(String file, String problem) {
    return new CliException(file, problem, INPUT);
  }

  int exitCode() {
    return exitCode;
  }
}
