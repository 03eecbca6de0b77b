package io.venn.encode.io;

import io.venn.encode.EncodedAccount;
import io.venn.encode.Sealer;
import io.venn.encode.TokenPriors;
import io.venn.read.InvalidListException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackInputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The {@code .venn} file: an encoded account list as {@code venn encode} writes it and {@code venn
 * match} or the service reads it.
 *
 * <p>Format, version 2: gzip of UTF-8 text lines. Line 1 is {@value #MAGIC}. Line 2 is {@code job},
 * the job nonce the list was encoded under and the names of the sealed fields (comma-separated, in
 * the order their sealed blocks follow each other in a record), tab-separated. Line 3 is the
 * encoder's {@link TokenPriors}: {@code priors}, the number of background documents, and base64url
 * of (8-byte keyed token, 4-byte count) pairs, all tab-separated. Then one line per record,
 * fifteen tab-separated fields in the order of {@link EncodedAccount}'s components: {@code ref} as
 * given (the encoder's opaque reference, no tab or line break), then {@code population} as base64url
 * of its UTF-8 bytes, the six token arrays (the name filter last) as base64url of their big-endian longs, the six scalar
 * tokens as base64url of a big-endian long ({@code 0}, "missing", is an empty field), and the sealed
 * fields as base64url of their fixed-size blocks ({@link Sealer#SEALED_BYTES} each, one per sealed
 * field name; empty when no field is sealed). Base64 is no protection: the only plaintext of
 * the input in this file is the population label, which the owner chose to reveal because the
 * matrix is counted by it; every other field is a keyed token, a keyed filter or sealed.
 */
public final class EncodedListFile {
  public static final String MAGIC = "venn-encoded v2";
  private static final int FIELDS = 15;
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

  private EncodedListFile() {}

  /** Whether the file starts like a {@code .venn} file (gzip magic), so callers can tell it from CSV. */
  public static boolean looksEncoded(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1F && in.read() == 0x8B;
    }
  }

  /**
   * What precedes the records.
   *
   * @param nonce the job nonce the list was encoded under: lists match only under the same one
   * @param sealedFields the names of the sealed fields, in their order in each record's payload
   * @param priors the background word counts keyed like the records, or {@link TokenPriors#NONE}
   */
  public record Header(String nonce, List<String> sealedFields, TokenPriors priors) {
    public Header {
      if (nonce == null || nonce.isBlank() || nonce.chars().anyMatch(c -> c <= ' ')) {
        throw new IllegalArgumentException("a job nonce is non-empty without spaces, tabs or line breaks");
      }
      sealedFields = List.copyOf(sealedFields);
      for (String f : sealedFields) {
        if (f.isEmpty() || f.contains(",") || f.chars().anyMatch(c -> c <= ' ')) {
          throw new IllegalArgumentException("a sealed field name has no comma or white space: '" + f + "'");
        }
      }
      java.util.Objects.requireNonNull(priors, "priors");
    }

    /** Bytes of a record's sealed payload. */
    public int sealedBytes() {
      return sealedFields.size() * Sealer.SEALED_BYTES;
    }

    /** The sealed block of field {@code i} in a record's payload. */
    public byte[] sealedField(byte[] payload, int i) {
      return java.util.Arrays.copyOfRange(payload, i * Sealer.SEALED_BYTES, (i + 1) * Sealer.SEALED_BYTES);
    }
  }

  /** A whole encoded list: its header and its records. */
  public record EncodedList(Header header, List<EncodedAccount> accounts) {
    public EncodedList {
      accounts = List.copyOf(accounts);
    }

    public TokenPriors priors() {
      return header.priors();
    }
  }

  /**
   * Reads a whole encoded list.
   *
   * @throws InvalidListException if the file is not a version-2 encoded list or a line is malformed
   *     (the message names the line)
   * @throws IOException if the file cannot be read
   */
  public static EncodedList read(Path file) throws IOException {
    List<EncodedAccount> accounts = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      Header header = read(in, file.toString(), accounts::add);
      return new EncodedList(header, accounts);
    }
  }

  /**
   * Streams the records of an encoded list to {@code sink}.
   *
   * @param source the file name used in messages
   * @return the list's header
   * @throws InvalidListException if the stream is not a version-2 encoded list or a line is malformed
   * @throws IOException if the stream cannot be read
   */
  public static Header read(InputStream in, String source, Consumer<EncodedAccount> sink) throws IOException {
    PushbackInputStream head = new PushbackInputStream(in, 2);
    int b0 = head.read();
    int b1 = head.read();
    if (b0 != 0x1F || b1 != 0x8B) {
      throw new InvalidListException(source, "not an encoded list (not gzip); encoded lists are written by 'venn encode'");
    }
    head.unread(new byte[] {(byte) b0, (byte) b1});
    long line = 1;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(head, 1 << 16), StandardCharsets.UTF_8))) {
      String first = lines.readLine();
      if (first == null || !first.startsWith("venn-encoded ")) {
        throw new InvalidListException(source, "not an encoded list (the first line is not '" + MAGIC + "')");
      }
      if (!first.equals(MAGIC)) {
        throw new InvalidListException(source, "unsupported format '" + first + "'; this venn reads '" + MAGIC
            + "' (encode the list again with this venn: blind mode now encodes under a job nonce)");
      }
      line++;
      String[] job = jobLine(lines.readLine(), source);
      line++;
      Header header = header(job, priors(lines.readLine(), source), source);
      for (String text = lines.readLine(); text != null; text = lines.readLine()) {
        line++;
        if (!text.isEmpty()) {
          EncodedAccount a = parse(text, source, line);
          int sealed = a.sealed() == null ? 0 : a.sealed().length;
          if (sealed != header.sealedBytes()) {
            throw new InvalidListException(source, "line " + line + ": the sealed payload is " + sealed + " bytes; "
                + header.sealedFields().size() + " sealed fields take " + header.sealedBytes());
          }
          sink.accept(a);
        }
      }
      return header;
    } catch (ZipException | java.io.EOFException e) {
      throw new InvalidListException(source, "line " + line + ": the file is damaged or truncated (" + e.getMessage() + ")");
    }
  }

  private static String[] jobLine(String text, String source) throws InvalidListException {
    String[] f = text == null ? new String[0] : text.split("\t", -1);
    if (f.length != 3 || !f[0].equals("job")) {
      throw new InvalidListException(source, "line 2: expected the job line (job, nonce, sealed fields)");
    }
    return f;
  }

  private static Header header(String[] f, TokenPriors priors, String source) throws InvalidListException {
    try {
      return new Header(f[1], f[2].isEmpty() ? List.of() : List.of(f[2].split(",", -1)), priors);
    } catch (IllegalArgumentException e) {
      throw new InvalidListException(source, "line 2: " + e.getMessage());
    }
  }

  private static TokenPriors priors(String text, String source) throws InvalidListException {
    String[] f = text == null ? new String[0] : text.split("\t", -1);
    if (f.length != 3 || !f[0].equals("priors")) {
      throw new InvalidListException(source, "line 3: expected the priors line (priors, documents, counts)");
    }
    try {
      ByteBuffer pairs = ByteBuffer.wrap(UNB64.decode(f[2]));
      if (pairs.remaining() % 12 != 0) {
        throw new IllegalArgumentException("the priors are not whole (token, count) pairs");
      }
      Map<Long, Integer> counts = new HashMap<>();
      while (pairs.hasRemaining()) {
        counts.put(pairs.getLong(), pairs.getInt());
      }
      return TokenPriors.of(counts, Long.parseLong(f[1]));
    } catch (IllegalArgumentException e) {
      throw new InvalidListException(source, "line 3: " + e.getMessage());
    }
  }

  private static EncodedAccount parse(String text, String source, long line) throws InvalidListException {
    String[] f = text.split("\t", -1);
    if (f.length != FIELDS) {
      throw new InvalidListException(source, "line " + line + ": expected " + FIELDS + " tab-separated fields, found " + f.length);
    }
    try {
      return new EncodedAccount(
          f[0],
          new String(UNB64.decode(f[1]), StandardCharsets.UTF_8),
          longs(f[2]),
          longs(f[3]),
          longs(f[4]),
          longs(f[5]),
          longs(f[6]),
          longs(f[7]),
          scalar(f[8]),
          scalar(f[9]),
          scalar(f[10]),
          scalar(f[11]),
          scalar(f[12]),
          scalar(f[13]),
          f[14].isEmpty() ? null : UNB64.decode(f[14]));
    } catch (IllegalArgumentException e) {
      throw new InvalidListException(source, "line " + line + ": " + e.getMessage());
    }
  }

  private static long[] longs(String field) {
    byte[] bytes = UNB64.decode(field);
    if (bytes.length % Long.BYTES != 0) {
      throw new IllegalArgumentException("a token array of " + bytes.length + " bytes is not a whole number of longs");
    }
    long[] out = new long[bytes.length / Long.BYTES];
    ByteBuffer.wrap(bytes).asLongBuffer().get(out);
    return out;
  }

  private static long scalar(String field) {
    if (field.isEmpty()) {
      return 0;
    }
    long[] one = longs(field);
    if (one.length != 1) {
      throw new IllegalArgumentException("a token is 8 bytes, was " + one.length * 8);
    }
    return one[0];
  }

  /** Opens a writer; close it to finish the gzip stream. */
  public static ListWriter writer(OutputStream out, Header header) throws IOException {
    return new ListWriter(out, header);
  }

  /** Writes records one at a time, so a list of any size streams through. Not thread-safe. */
  public static final class ListWriter implements Closeable {
    private final Writer out;
    private final int sealedBytes;
    private long count;

    private ListWriter(OutputStream out, Header header) throws IOException {
      this.out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out, 1 << 16), StandardCharsets.UTF_8));
      this.sealedBytes = header.sealedBytes();
      TokenPriors priors = header.priors();
      ByteBuffer pairs = ByteBuffer.allocate(priors.counts().size() * 12);
      priors.counts().forEach((token, count) -> pairs.putLong(token).putInt(count));
      this.out.write(MAGIC + "\njob\t" + header.nonce() + "\t" + String.join(",", header.sealedFields()) + "\npriors\t"
          + priors.documents() + "\t" + B64.encodeToString(pairs.array()) + "\n");
    }

    /**
     * @throws IllegalArgumentException if the ref contains a tab or a line break, or the sealed
     *     payload does not hold one block per sealed field of the header
     */
    public void write(EncodedAccount a) throws IOException {
      if (a.ref().isEmpty() || a.ref().chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
        throw new IllegalArgumentException("a ref must be non-empty without tabs or line breaks: " + a.ref());
      }
      if ((a.sealed() == null ? 0 : a.sealed().length) != sealedBytes) {
        throw new IllegalArgumentException("a sealed payload of this list is " + sealedBytes + " bytes");
      }
      StringBuilder line = new StringBuilder(256).append(a.ref()).append('\t');
      line.append(B64.encodeToString(a.population().getBytes(StandardCharsets.UTF_8))).append('\t');
      line.append(encode(a.nameTokens())).append('\t').append(encode(a.phoneticTokens())).append('\t')
          .append(encode(a.prefixTokens())).append('\t').append(encode(a.stemTokens())).append('\t')
          .append(encode(a.letterTokens())).append('\t')
          .append(encode(a.nameFilter()));
      for (long token : new long[] {a.domain(), a.domainLabel(), a.country(), a.city(), a.phone(), a.registration()}) {
        line.append('\t').append(token == 0 ? "" : encode(new long[] {token}));
      }
      line.append('\t').append(a.sealed() == null ? "" : B64.encodeToString(a.sealed())).append('\n');
      out.write(line.toString());
      count++;
    }

    public long count() {
      return count;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  private static String encode(long[] values) {
    ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES);
    bytes.asLongBuffer().put(values);
    return B64.encodeToString(bytes.array());
  }
}
