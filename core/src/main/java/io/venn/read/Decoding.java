package io.venn.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the bytes of an upload into text: recognises byte order marks, rejects files that are
 * plainly not CSV (workbooks, archives, JSON, binary), and chooses between UTF-8 and Windows-1252,
 * the two encodings CRM and Excel exports come in.
 */
final class Decoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** How much of a stream is examined before deciding its encoding. */
  static final int HEAD_BYTES = 1 << 20;

  private Decoding() {}

  /**
   * Opens the stream as text with any BOM removed.
   *
   * @param forced the charset to use when the file has no BOM, or {@code null} to decide from the head
   * @throws InvalidListException if the file is empty or plainly not CSV
   */
  static Reader open(InputStream in, String source, Charset forced) throws IOException {
    BufferedInputStream bin = new BufferedInputStream(in, 1 << 16);
    bin.mark(HEAD_BYTES + 1);
    byte[] head = bin.readNBytes(HEAD_BYTES);
    bin.reset();
    if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
      return new InputStreamReader(bin, StandardCharsets.UTF_16); // Excel's "Unicode text"; the decoder drops the BOM
    }
    int bom = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
    rejectNonCsv(head, bom, source);
    bin.skipNBytes(bom);
    Charset charset = forced != null ? forced : isUtf8(head, bom) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    if (charset.equals(StandardCharsets.UTF_8)) {
      // The head was valid UTF-8; a stray Windows-1252 byte further on is decoded as such rather than failing.
      return new LenientUtf8Reader(bin);
    }
    return new InputStreamReader(bin, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  /** Reads the whole file once: UTF-8 if every byte sequence is valid UTF-8, else Windows-1252. */
  static Charset detect(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return isUtf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Whether the whole stream is well-formed UTF-8, by the table the JDK's strict decoder applies
   * (Unicode 3-7: no overlong forms, no surrogates, nothing above U+10FFFF, no cut sequence at the
   * end). Validates without decoding, eight ASCII bytes at a time: this pass reads every byte of a
   * file before it is parsed, and decoding it to throw the characters away cost as much as the parse's
   * own decoding.
   */
  static boolean isUtf8(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    int carry = 0; // bytes of a sequence cut by the end of the last read, moved to the front
    while (true) {
      int n = in.read(buf, carry, buf.length - carry);
      if (n < 0) {
        return carry == 0;
      }
      int end = carry + n;
      int i = 0;
      while (i < end) {
        while (i + 8 <= end && ((long) LONGS.get(buf, i) & 0x8080808080808080L) == 0) {
          i += 8;
        }
        if (i == end) {
          break;
        }
        int b = buf[i] & 0xFF;
        if (b < 0x80) {
          i++;
          continue;
        }
        int more;
        int lo = 0x80;
        int hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
          more = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          more = 2;
          lo = b == 0xE0 ? 0xA0 : 0x80;
          hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          more = 3;
          lo = b == 0xF0 ? 0x90 : 0x80;
          hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
          return false;
        }
        int available = Math.min(more, end - i - 1);
        for (int k = 1; k <= available; k++) {
          int c = buf[i + k] & 0xFF;
          if (k == 1 ? c < lo || c > hi : c < 0x80 || c > 0xBF) {
            return false;
          }
        }
        if (available < more) { // the rest of the sequence is in the next read
          break;
        }
        i += more + 1;
      }
      carry = end - i;
      System.arraycopy(buf, i, buf, 0, carry);
    }
  }

  private static boolean isUtf8(byte[] head, int from) {
    CharBuffer chars = CharBuffer.allocate(head.length);
    // endOfInput=false: a multi-byte character cut by the end of the head is not an error
    return !strictUtf8().decode(ByteBuffer.wrap(head, from, head.length - from), chars, false).isError();
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static void rejectNonCsv(byte[] head, int from, String source) throws InvalidListException {
    int first = from;
    while (first < head.length && (head[first] == ' ' || head[first] == '\t' || head[first] == '\r' || head[first] == '\n')) {
      first++;
    }
    if (first == head.length) {
      throw new InvalidListException(source, "the file is empty (no header line)");
    }
    if (startsWith(head, first, 'P', 'K', 3, 4)) {
      throw new InvalidListException(source, "is a ZIP archive (an .xlsx workbook?), not CSV; save or export it as CSV");
    }
    if (startsWith(head, first, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw new InvalidListException(source, "is an Excel .xls workbook, not CSV; save or export it as CSV");
    }
    if (startsWith(head, first, '%', 'P', 'D', 'F')) {
      throw new InvalidListException(source, "is a PDF document, not CSV");
    }
    if (head[first] == '{' || head[first] == '[') {
      throw new InvalidListException(source, "looks like JSON, not CSV (it starts with '" + (char) head[first] + "')");
    }
    if (head[first] == '<') {
      throw new InvalidListException(source, "looks like HTML or XML, not CSV (it starts with '<')");
    }
    int controls = 0;
    for (int i = from; i < head.length; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        throw new InvalidListException(source, "is a binary file (it contains NUL bytes), not CSV");
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) {
        controls++;
      }
    }
    if (controls > Math.max(8, (head.length - from) / 100)) { // a stray DOS end-of-file mark is not binary
      throw new InvalidListException(source, "is a binary file (" + controls + " control bytes in its first " + (head.length - from) + " bytes), not CSV");
    }
  }

  private static boolean startsWith(byte[] head, int at, int... magic) {
    if (head.length - at < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[at + i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * UTF-8 that decodes each byte of an invalid sequence as Windows-1252 instead of failing or
   * replacing it: a file that is UTF-8 in its first megabyte but has a Windows-1252 "é" further on
   * (a pasted-in row) still reads as intended. Valid UTF-8 is decoded exactly.
   */
  static final class LenientUtf8Reader extends Reader {
    private static final char[] CP1252 = new String(allBytes(), WINDOWS_1252).toCharArray();

    private final InputStream in;
    private final CharsetDecoder utf8 = strictUtf8();
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean eof;

    LenientUtf8Reader(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] target, int off, int n) throws IOException {
      if (n == 0) {
        return 0;
      }
      CharBuffer out = CharBuffer.wrap(target, off, n);
      while (out.position() == off) {
        CoderResult r = utf8.decode(bytes, out, eof);
        if (r.isError()) {
          for (int i = 0; i < r.length() && out.hasRemaining(); i++) {
            out.put(CP1252[bytes.get() & 0xFF]);
          }
        } else if (r.isUnderflow() && out.position() == off) {
          if (eof) {
            return -1;
          }
          refill();
        }
      }
      return out.position() - off;
    }

    private void refill() throws IOException {
      bytes.compact();
      try {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
      } finally {
        // Also when the read fails (a client that hung up): a buffer left compacted would hand the
        // decoder the stale bytes behind it as new text on the next call.
        bytes.flip();
      }
    }

    private static byte[] allBytes() {
      byte[] all = new byte[256];
      for (int i = 0; i < 256; i++) {
        all[i] = (byte) i;
      }
      return all;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
