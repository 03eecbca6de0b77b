package io.venn.service.list;

import io.venn.service.system.LimitExceededException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The request body as the reader sees it: stops a physical line longer than {@code venn.limits.line-bytes}
 * before the reader buffers it, and remembers whether reading the body itself failed, so an I/O error
 * of the reader can be told apart from a client that went away.
 */
final class UploadStream extends FilterInputStream {
  static final String LIMIT = "venn.limits.line-bytes";

  private final int maxLineBytes;
  private final String source;
  private long line = 1;
  private long lineBytes;
  private boolean bodyFailed;

  UploadStream(InputStream body, int maxLineBytes, String source) {
    super(body);
    this.maxLineBytes = maxLineBytes;
    this.source = source;
  }

  /** True if the body itself failed (the client went away): then an IOException is not the file's fault. */
  boolean bodyFailed() {
    return bodyFailed;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = super.read(b, off, len);
    } catch (IOException e) {
      bodyFailed = true;
      throw e;
    }
    for (int i = off; i < off + n; i++) {
      if (b[i] == '\n') {
        line++;
        lineBytes = 0;
      } else if (b[i] == '\r') {
        lineBytes = 0; // old Mac line ends: CR alone
      } else if (++lineBytes > maxLineBytes) {
        throw new LimitExceededException(
            LIMIT,
            maxLineBytes,
            source + ": line " + line + " is longer than " + maxLineBytes + " bytes (" + LIMIT
                + "). Is this a CSV file? Nothing was stored.");
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes would escape the line count; read them instead.
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
