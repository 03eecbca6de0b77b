package io.venn.read;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Several readers read one after the other, as one text (the JDK has this for streams only). */
final class JoinedReader extends Reader {
  private final Deque<Reader> parts;

  JoinedReader(List<Reader> parts) {
    this.parts = new ArrayDeque<>(parts);
  }

  /** Characters already read ahead from {@code source}, then what {@code source} still has (unless it is done). */
  static Reader keptThenRest(char[] kept, Reader source, boolean sourceDone) {
    Reader head = new java.io.CharArrayReader(kept);
    return sourceDone ? head : new JoinedReader(List.of(head, source));
  }

  @Override
  public int read(char[] target, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!parts.isEmpty()) {
      int n = parts.peekFirst().read(target, off, len);
      if (n > 0) {
        return n;
      }
      if (n < 0) {
        parts.removeFirst().close();
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Reader r : parts) {
      try {
        r.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    parts.clear();
    if (first != null) {
      throw first;
    }
  }
}
