package io.venn.read;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Cuts CSV text into pieces of about {@code pieceChars} characters, each ending where a record
 * ends ({@link RecordEnds}), so that each piece parses alone exactly as it parses within the whole
 * text, and each knows the physical line it starts on.
 */
final class TextPieces {
  /** A piece of text and the line its first character is on. */
  record Piece(char[] text, long firstLine) {
    Reader reader() {
      return new CharArrayReader(text);
    }
  }

  private final Reader source;
  private final RecordEnds ends;
  private final int pieceChars;
  /** No record end within this many characters: the quoting is broken, and the text is not cut further. */
  private final int giveUpChars;
  private char[] buf;
  private int len;
  private int scanned; // characters of buf the scanner has seen
  private long line; // the line buf[0] is on
  private boolean sourceDone;
  private boolean gaveUp;

  TextPieces(Reader source, long firstLine, char delimiter, int pieceChars) {
    this.source = source;
    this.ends = new RecordEnds(delimiter);
    this.pieceChars = pieceChars;
    this.giveUpChars = pieceChars + ReplayReader.MAX_RECORD_CHARS;
    this.buf = new char[pieceChars + 1024];
    this.line = firstLine;
  }

  /**
   * The next piece, or {@code null} at the end of the text or once a stretch of
   * {@code pieceChars + MAX_RECORD_CHARS} characters holds no record end ({@link #gaveUp}): what
   * is left is then {@link #remaining}.
   */
  Piece next() throws IOException {
    if (gaveUp) {
      return null;
    }
    int cut;
    while ((cut = scanForCut()) < 0) {
      if (sourceDone) {
        cut = len; // the last piece: whatever is left, ended by a line break or not
        break;
      }
      if (len >= giveUpChars) {
        gaveUp = true;
        return null;
      }
      fill();
    }
    if (cut == 0) {
      return null;
    }
    char[] text = Arrays.copyOf(buf, cut);
    long firstLine = line;
    line += lineBreaks(text);
    System.arraycopy(buf, cut, buf, 0, len - cut);
    len -= cut;
    scanned -= cut;
    return new Piece(text, firstLine);
  }

  /** Whether {@link #next} stopped cutting because the quoting is broken (an unclosed quote). */
  boolean gaveUp() {
    return gaveUp;
  }

  /** The text not yet handed out, then the rest of the source, and the line it starts on. */
  CsvRecordStream.Rest remaining() {
    return new CsvRecordStream.Rest(JoinedReader.keptThenRest(Arrays.copyOf(buf, len), source, sourceDone), line);
  }

  /** Scans on from where the last scan stopped; the end of the first record that ends at or after {@code pieceChars}, or -1. */
  private int scanForCut() {
    while (scanned < len) {
      // A CR's LF belongs to the same line break: a CR is only taken once what follows is known.
      int limit = sourceDone || buf[len - 1] != '\r' ? len : len - 1;
      int end = ends.endIn(buf, scanned, limit);
      if (end < 0) {
        scanned = limit;
        return -1;
      }
      if (buf[end - 1] == '\r' && end < len && buf[end] == '\n') {
        ends.endsAt('\n');
        end++;
      }
      scanned = end;
      if (end >= pieceChars) {
        return end;
      }
    }
    return -1;
  }

  private void fill() throws IOException {
    if (len == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = source.read(buf, len, buf.length - len);
    if (n < 0) {
      sourceDone = true;
    } else {
      len += n;
    }
  }

  /** Line breaks as the parser counts them: LF, CRLF or a lone CR. */
  private static long lineBreaks(char[] text) {
    long n = 0;
    for (int i = 0; i < text.length; i++) {
      if (RecordEnds.breaksLine(text[i], i + 1 == text.length ? -1 : text[i + 1])) {
        n++;
      }
    }
    return n;
  }
}
