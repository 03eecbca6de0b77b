package io.venn.encode.io;

import io.venn.encode.EncodedAccount;
import io.venn.encode.Sealer;
import io.venn.encode.TokenPriors;
import io.venn.read.InvalidListException;
import io.venn.view.Level;
import io.venn.view.PopulationPolicy;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The {@code .venn} file: an encoded account list as {@code venn encode} writes it and {@code venn
 * match} or the service reads it.
 *
 * <p>Format, version 13: gzip of UTF-8 text lines. Line 1 is {@value #MAGIC}. Line 2 is {@code job},
 * the job nonce the list was encoded under and the names of the sealed fields (comma-separated, in
 * the order their sealed blocks follow each other in a record), tab-separated. Line 3 is the
 * encoder's {@link TokenPriors}: {@code priors}, the number of background documents, and base64url
 * of (8-byte keyed token, 4-byte count) pairs, all tab-separated. Then one line per record, 22
 * tab-separated fields in the order of {@link EncodedAccount}'s components: {@code ref} as given
 * (the encoder's opaque reference, no tab or line break), then {@code population} as base64url of
 * its UTF-8 bytes, the six token arrays (the name filter last) as base64url of their big-endian
 * longs, the scalar tokens from domain to joined as base64url of a big-endian long ({@code 0},
 * "missing", is an empty field), except the initials, an array like the name's (empty when none), then the
 * site names, an array likewise, and the sealed fields as base64url of their fixed-size blocks
 * ({@link Sealer#SEALED_BYTES} each, one per sealed field name; empty when no field is sealed). The
 * last line is the population table, {@code populations} then one tab-separated entry per
 * population ({@link Population}); a file without it is truncated.
 *
 * <p>Base64 is no protection: what keeps the input out of this file is that {@code venn encode}
 * writes the population as a keyed token and its label only sealed; every other field is a keyed
 * token, a keyed filter or sealed. Older versions are refused with a message to encode again:
 * version 12 let a four- or five-letter word ending in a vowel abbreviate a longer one ("Chubu" /
 * "Chugoku"; {@code AccountEncoder#PREFIX_FLAGS}), did not mark a name's words run together among its
 * site names nor spell a brand of several words, kept insolvency statuses in names ("- EM
 * RECUPERACAO JUDICIAL"), read Greek's leading "ΑΝΩΝΥΜΗ ΕΤΑΙΡΕΙΑ" as words, wrote Indic "c" for "ch"
 * and split words at zero-width joiners, kept a city's region, river, postal code or district
 * ("Langen (Hessen)", "Perth WA"), keyed cities without their consonants ({@code CityKeys}), and
 * kept a name's bracketed initialism, year or country before its legal form as words ("(ONGC)",
 * "(1933)", "Siemens (Thailand) Co., Ltd.");
 * version 11 dropped the Cyrillic letters Russian lacks (Ukrainian, Belarusian, Serbian,
 * Macedonian, Kazakh, Mongolian; {@code NationalCyrillic}) and split Russian words at BGN's
 * separating dot, kept Vietnamese and Gulf legal forms and a former-Yugoslav seat ("a.d. Beograd";
 * {@code SeatAfterForm}) in names, read Japanese company names the dictionary holds whole as one
 * word ("santenseiyaku") and "oo" as written, kept a city's city word ("Makati City"), rejected
 * a site builder's customer subdomain ("acme.wordpress.com"), translated fewer Arabic and Hebrew
 * descriptors, wrote Thai's vowel carrier as "x" ({@code ThaiSpelling}) and kept numbers as
 * digits ("7-Eleven", now "seven eleven"); version 10 spelt Indic names by ICU's letters folded to ASCII ("banlades", "byank", "rastriya";
 * {@code IndicSpelling}), kept Colombia's "E.S.P." in names and keyed a group's website
 * ("legrandgroup.com") apart from its brand's ({@code DomainLabels#groupStem}) and had no initials of
 * compound words ("swm" for "Stadtwerke München") and read initialisms spelt in katakana, hangul
 * or Thai letter names letter by letter ("ジェーシービー"; {@code SpelledLetters}), and had 21 fields (no
 * site names, {@link io.venn.encode.EncodedAccount#siteNames}); version 9 had no acronym for an initialism before other words ("FS Italiane"), initials that kept
 * Italian, Spanish and Portuguese connecting words ("dello", "do"), fewer descriptor words read in
 * English (none German, Dutch, Nordic, Polish, Czech, Hungarian or Turkish) and fewer Arabic ones, a
 * sound key of 0 for a short native-script name (now its script bit), and called a host that begins
 * its domain's label ("ase.aseglobal.com") a division's site; version 8 kept the words that spell out a name's own initialism ("PGE Polska Grupa Energetyczna";
 * {@code SpelledOutInitials}), had fewer Chinese, Korean, Greek and Hebrew descriptors, and a short
 * Hebrew or Arabic name's sound key carried a vowel key, not its consonants ({@code AbjadKeys}); version 7 keyed Spanish, Portuguese, Italian, French and romanized Japanese descriptor words as
 * written, not in English ({@code EnglishWords}: "banco" now meets "bank", "kogyo" "industries"),
 * read native-script cities whole ("東京都中央区", not "tokyo") and kanji cities in Japan as Chinese,
 * kept the final vowel of Hindi words, read Thai letter by letter and had fewer Korean, Chinese and
 * Hebrew descriptors; version 6
 * had one initials token per record (now also with the legal form's letters, "bpcl") and
 * no acronym for an initialism followed by descriptor words ("DBS Bank"), and its vowel keys ran a
 * name's words together and kept English "ee" and "oa" ({@code VowelKeys}); version 5 read hangul letter by letter (ICU's Hangul-Latin, not {@code HangulRomanizer}), kept
 * Korean vowel spellings and "m" / "n" apart in vowel keys, and its sound keys' kind said nothing of
 * descriptor words ({@link io.venn.encode.AccountEncoder.SoundKey#COMMON_PHONETIC}); version 4 had 20 fields (no joined first two words, {@link io.venn.encode.EncodedAccount#joined}),
 * named a website on a brand's own top-level domain by its host ("global" of "global.toyota"; {@code
 * DomainLabels}) and folded cities, descriptor words of Cyrillic, Greek, Arabic and Hebrew names and
 * CRM notes in names otherwise; version 3's word sound tokens do not say whether their code has four sounds ({@link
 * io.venn.encode.AccountEncoder#isLongSound}), and its names in Chinese, Japanese and Korean were
 * folded differently; version 2 had population labels in clear and no state, skeleton or subsite.
 */
public final class EncodedListFile {
  public static final String MAGIC = "venn-encoded v13";
  private static final int FIELDS = 22;
  private static final String POPULATIONS = "populations";
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
   * What frames the records: the job line and priors before them, the population table after.
   *
   * @param nonce the job nonce the list was encoded under: lists match only under the same one
   * @param sealedFields the names of the sealed fields, in their order in each record's payload
   * @param priors the background word counts keyed like the records, or {@link TokenPriors#NONE}
   * @param populations the population table; when not empty, every record's population is in it
   */
  public record Header(String nonce, List<String> sealedFields, TokenPriors priors, List<Population> populations) {
    public Header {
      if (nonce == null || nonce.isBlank() || nonce.chars().anyMatch(c -> c <= ' ')) {
        throw new IllegalArgumentException("a job nonce is non-empty without spaces, tabs or line breaks");
      }
      sealedFields = List.copyOf(sealedFields);
      for (String f : sealedFields) {
        if (!isFieldName(f)) {
          throw new IllegalArgumentException("a sealed field name has no comma, '+' or white space: '" + f + "'");
        }
      }
      java.util.Objects.requireNonNull(priors, "priors");
      populations = List.copyOf(populations);
    }

    /** A header whose population table is filled while writing ({@link ListWriter#describe}). */
    public Header(String nonce, List<String> sealedFields, TokenPriors priors) {
      this(nonce, sealedFields, priors, List.of());
    }

    /** Bytes of a record's sealed payload. */
    public int sealedBytes() {
      return sealedFields.size() * Sealer.SEALED_BYTES;
    }

    /** The sealed block of field {@code i} in a record's payload. */
    public byte[] sealedField(byte[] payload, int i) {
      return java.util.Arrays.copyOfRange(payload, i * Sealer.SEALED_BYTES, (i + 1) * Sealer.SEALED_BYTES);
    }

    /** The table entry of a population key, or null. */
    public Population population(String key) {
      for (Population p : populations) {
        if (p.key().equals(key)) {
          return p;
        }
      }
      return null;
    }
  }

  private static boolean isFieldName(String f) {
    return !f.isEmpty() && f.chars().noneMatch(c -> c <= ' ' || c == ',' || c == '+');
  }

  /**
   * One population of the list, as the owner describes it to the service. In the file: base64url of
   * the key, base64url of the sealed label (empty if none), the declared level (empty if none) and
   * the declared shared fields joined by '+', comma-separated.
   *
   * @param key the population as the records carry it: in blind mode a keyed token, never the label
   * @param sealedLabel the label sealed for the two partners ({@link Sealer#population}), or null;
   *     the service cannot open it and hands it out only as the owner's sharing policy allows
   * @param declared the owner's sharing policy for this population, chosen at encode time ({@code
   *     venn encode --policy}), or null to leave it to the policy held by the service
   */
  public record Population(String key, byte[] sealedLabel, PopulationPolicy declared) {
    public Population {
      java.util.Objects.requireNonNull(key, "key");
      if (sealedLabel != null && sealedLabel.length != Sealer.SEALED_BYTES) {
        throw new IllegalArgumentException("a sealed label is " + Sealer.SEALED_BYTES + " bytes, was " + sealedLabel.length);
      }
      if (declared != null) {
        for (String f : declared.fields()) {
          if (!isFieldName(f)) {
            throw new IllegalArgumentException("a shared field name has no comma, '+' or white space: '" + f + "'");
          }
        }
      }
    }

    String text() {
      return B64.encodeToString(key.getBytes(StandardCharsets.UTF_8)) + "," + (sealedLabel == null ? "" : B64.encodeToString(sealedLabel))
          + "," + (declared == null ? "" : declared.level().name()) + "," + (declared == null ? "" : String.join("+", declared.fields()));
    }

    static Population parse(String text) {
      String[] f = text.split(",", -1);
      if (f.length != 4) {
        throw new IllegalArgumentException("a population entry is key,label,level,fields; was '" + text + "'");
      }
      PopulationPolicy declared = null;
      if (!f[2].isEmpty()) {
        Level level;
        try {
          level = Level.valueOf(f[2]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown sharing level '" + f[2] + "' (HIDDEN, COUNTS or OVERLAPS)");
        }
        declared = new PopulationPolicy(level, f[3].isEmpty() ? List.of() : List.of(f[3].split("\\+", -1)));
      } else if (!f[3].isEmpty()) {
        throw new IllegalArgumentException("shared fields without a sharing level");
      }
      return new Population(new String(UNB64.decode(f[0]), StandardCharsets.UTF_8), f[1].isEmpty() ? null : UNB64.decode(f[1]), declared);
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
   * @throws InvalidListException if the file is not a version-3 encoded list or a line is malformed
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
   * @throws InvalidListException if the stream is not a version-3 encoded list or a line is malformed
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
            + "' (encode the list again with this venn: short words ending in a vowel no longer abbreviate, a name run together "
            + "may spell another record's website, insolvency statuses, bracketed initialisms, years and countries and a city's region or postal code are read off, cities carry their "
            + "consonants, Indic \"c\" is \"ch\", Ukrainian, Serbian, Kazakh and other Cyrillic letters Russian lacks are romanized, "
            + "Vietnamese and Gulf legal forms and a former-Yugoslav seat are read off names, Japanese company names the dictionary holds "
            + "whole are read as brand and descriptor, a city's city word is dropped, a site builder's customer subdomain is a website, "
            + "more Arabic and Hebrew descriptor words are translated, Thai's vowel carrier is no \"x\", numbers up to twenty are words, Bengali and other Indic names are spelt as their companies write them "
            + "in Latin letters, Colombia's E.S.P. is read as a legal form, a group's website is keyed as its brand's, compound words give initialisms two letters, initialisms spelt in katakana, hangul or Thai letter names are read as the letters, records carry their name spelt as a website, initialisms skip Italian, Spanish and Portuguese connecting words and "
            + "an initialism before other words is spelt with their initials, German, Dutch, Nordic, Polish, Czech, Hungarian "
            + "and Turkish descriptor words and more Arabic ones are read in English, short native-script names carry their script, "
            + "a host that begins its domain's name is no division's, "
            + "a name that spells out its own initialism is keyed by the initialism, "
            + "more Chinese, Korean, Greek and Hebrew descriptor words are translated, short Hebrew and Arabic names "
            + "(and Latin ones in the countries that write them) carry their consonants as an abjad writes them, Spanish, Portuguese, Italian, French and romanized Japanese "
            + "descriptor words are keyed in English, vowel keys read word ends and English long vowels anew, "
            + "more Hebrew and Arabic descriptor words are translated, initials carry the legal form's letters, Korean names are read by Revised Romanization, sound keys "
            + "say whether descriptor words make them, its records carry their name's first two words joined, "
            + "websites on a brand's own top-level domain such as global.toyota are named by the brand, "
            + "cities, descriptor words and CRM notes in names are read anew, word sound tokens say how long their code is, "
            + "and Chinese, Japanese and Korean names are folded as this venn folds them)");
      }
      line++;
      String[] job = jobLine(lines.readLine(), source);
      line++;
      Header header = header(job, priors(lines.readLine(), source), source);
      // The population table is the last line, so records stream to the sink one line behind.
      Map<String, Long> firstLineOf = new LinkedHashMap<>();
      String pending = null;
      long pendingLine = 0;
      for (String text = lines.readLine(); text != null; text = lines.readLine()) {
        line++;
        if (text.isEmpty()) {
          continue;
        }
        if (pending != null) {
          EncodedAccount a = record(pending, source, pendingLine, header);
          firstLineOf.putIfAbsent(a.population(), pendingLine);
          sink.accept(a);
        }
        pending = text;
        pendingLine = line;
      }
      if (pending == null || !pending.startsWith(POPULATIONS + "\t") && !pending.equals(POPULATIONS)) {
        throw new InvalidListException(source, "line " + (line + 1) + ": the population table, the last line, is missing: "
            + "the file is truncated");
      }
      List<Population> table = populations(pending, source, pendingLine);
      if (!table.isEmpty()) {
        java.util.Set<String> known = new java.util.HashSet<>();
        table.forEach(p -> known.add(p.key()));
        for (Map.Entry<String, Long> e : firstLineOf.entrySet()) {
          if (!known.contains(e.getKey())) {
            throw new InvalidListException(source, "line " + e.getValue() + ": population '" + e.getKey()
                + "' is not in the population table (line " + pendingLine + ")");
          }
        }
      }
      return new Header(header.nonce(), header.sealedFields(), header.priors(), table);
    } catch (ZipException | java.io.EOFException e) {
      throw new InvalidListException(source, "line " + line + ": the file is damaged or truncated (" + e.getMessage() + ")");
    }
  }

  private static EncodedAccount record(String text, String source, long line, Header header) throws InvalidListException {
    EncodedAccount a = parse(text, source, line);
    int sealed = a.sealed() == null ? 0 : a.sealed().length;
    if (sealed != header.sealedBytes()) {
      throw new InvalidListException(source, "line " + line + ": the sealed payload is " + sealed + " bytes; "
          + header.sealedFields().size() + " sealed fields take " + header.sealedBytes());
    }
    return a;
  }

  private static List<Population> populations(String text, String source, long line) throws InvalidListException {
    String[] f = text.split("\t", -1);
    List<Population> out = new ArrayList<>();
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (int i = 1; i < f.length; i++) {
      try {
        Population p = Population.parse(f[i]);
        if (!keys.add(p.key())) {
          throw new IllegalArgumentException("population '" + p.key() + "' is in the table twice");
        }
        out.add(p);
      } catch (IllegalArgumentException e) {
        throw new InvalidListException(source, "line " + line + ": population table entry " + i + ": " + e.getMessage());
      }
    }
    return out;
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
          scalar(f[14]),
          longs(f[15]),
          scalar(f[16]),
          scalar(f[17]),
          scalar(f[18]),
          scalar(f[19]),
          longs(f[20]),
          f[21].isEmpty() ? null : UNB64.decode(f[21]));
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
    private final Map<String, Population> populations = new LinkedHashMap<>();
    private final java.util.Set<String> written = new java.util.LinkedHashSet<>();
    private long count;

    private ListWriter(OutputStream out, Header header) throws IOException {
      // Huffman coding only: the records are base64 of keyed tokens and sealed blocks, random bytes in
      // which the default deflate's string matching finds next to nothing. Measured on 100,000 blind
      // records: 4.7x less CPU than the default level for a file 8% larger.
      GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16) {
        {
          def.setStrategy(Deflater.HUFFMAN_ONLY);
        }
      };
      this.out = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8));
      this.sealedBytes = header.sealedBytes();
      header.populations().forEach(this::describe);
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
      for (long token : new long[] {a.domain(), a.domainLabel(), a.country(), a.city(), a.phone(), a.registration(), a.state()}) {
        line.append('\t').append(token == 0 ? "" : encode(new long[] {token}));
      }
      line.append('\t').append(encode(a.initials()));
      for (long token : new long[] {a.acronym(), a.skeleton(), a.subsite(), a.joined()}) {
        line.append('\t').append(token == 0 ? "" : encode(new long[] {token}));
      }
      line.append('\t').append(encode(a.siteNames()));
      line.append('\t').append(a.sealed() == null ? "" : B64.encodeToString(a.sealed())).append('\n');
      out.write(line.toString());
      written.add(a.population());
      count++;
    }

    /** Adds (or replaces) a population's entry in the table written when the writer closes. */
    public void describe(Population p) {
      populations.put(p.key(), p);
    }

    public long count() {
      return count;
    }

    /**
     * Writes the population table and finishes the file.
     *
     * @throws IllegalStateException if some populations were described but a written one was not
     */
    @Override
    public void close() throws IOException {
      try {
        if (!populations.isEmpty() && !populations.keySet().containsAll(written)) {
          throw new IllegalStateException("populations written but not described: " + written.stream()
              .filter(p -> !populations.containsKey(p)).toList());
        }
        StringBuilder table = new StringBuilder(POPULATIONS);
        populations.values().forEach(p -> table.append('\t').append(p.text()));
        out.write(table.append('\n').toString());
      } finally {
        out.close();
      }
    }
  }

  private static String encode(long[] values) {
    ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES);
    bytes.asLongBuffer().put(values);
    return B64.encodeToString(bytes.array());
  }
}
