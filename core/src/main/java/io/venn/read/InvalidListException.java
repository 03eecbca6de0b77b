package io.venn.read;

import java.io.IOException;

/**
 * The file as a whole cannot be used as an account list (empty, not CSV, no name or domain column,
 * a {@code --map} header that is not in the file). The message names the file and the problem.
 */
public final class InvalidListException extends IOException {
  private final String source;

  public InvalidListException(String source, String problem) {
    super(source + ": " + problem);
    this.source = source;
  }

  public String source() {
    return source;
  }
}
