package io.venn.encode.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.venn.encode.EncodedAccount;
import io.venn.encode.Sealer;
import io.venn.encode.TokenPriors;
import io.venn.read.InvalidListException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class EncodedListFileTest {
  private static final EncodedAccount FULL = new EncodedAccount("9f86d081884c7d659a2feaa0c55ad015", "Open Opportunities \t\n é",
      new long[] {Long.MIN_VALUE, -1, 42}, new long[] {7, 8, 9}, new long[] {10, 11, 12}, new long[] {15, 0, 16}, new long[] {0, 13, 14}, filter(0x0123456789abcdefL, 0, Long.MAX_VALUE, 1, 2, 3, 4, -1),
      1, -2, 3, Long.MIN_VALUE, 5, 6, 7, new long[] {8, -8, 88}, 9, -11, Long.MAX_VALUE, 11, new long[] {21, -21}, sealed((byte) 0xFF));
  private static final EncodedAccount SPARSE = new EncodedAccount("r2", "All", new long[0], new long[0], new long[0],
      new long[0], new long[0], new long[9], 0, 0, 0, 0, 0, 0, sealed((byte) 1));

  private static final TokenPriors PRIORS = TokenPriors.of(java.util.Map.of(-5L, 120, 77L, 3), 4000);
  private static final EncodedListFile.Header HEADER = new EncodedListFile.Header("job-nonce_1", List.of("id"), PRIORS);

  /** One sealed field's block of arbitrary bytes. */
  private static byte[] sealed(byte fill) {
    byte[] b = new byte[Sealer.SEALED_BYTES];
    java.util.Arrays.fill(b, fill);
    return b;
  }

  private static byte[] write(EncodedAccount... accounts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EncodedListFile.ListWriter w = EncodedListFile.writer(out, HEADER)) {
      for (EncodedAccount a : accounts) {
        w.write(a);
      }
    }
    return out.toByteArray();
  }

  private static List<EncodedAccount> read(byte[] bytes) throws IOException {
    List<EncodedAccount> out = new ArrayList<>();
    EncodedListFile.Header header = EncodedListFile.read(new ByteArrayInputStream(bytes), "a.venn", out::add);
    assertThat(header.nonce()).isEqualTo("job-nonce_1");
    assertThat(header.sealedFields()).containsExactly("id");
    TokenPriors priors = header.priors();
    assertThat(priors.counts()).isEqualTo(PRIORS.counts());
    assertThat(priors.documents()).isEqualTo(PRIORS.documents());
    return out;
  }

  /** A well-formed filter: the bit words, then their count. */
  private static long[] filter(long... words) {
    long[] f = java.util.Arrays.copyOf(words, words.length + 1);
    f[words.length] = io.venn.encode.NameFilter.cardinality(f);
    return f;
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void read_returnsWhatWasWritten() throws IOException {
    List<EncodedAccount> back = read(write(FULL, SPARSE));
    assertThat(back).hasSize(2);
    assertThat(back.get(0)).usingRecursiveComparison().isEqualTo(FULL);
    assertThat(back.get(1)).usingRecursiveComparison().isEqualTo(SPARSE);
  }

  @Test
  void read_notGzip() {
    assertThatThrownBy(() -> read("Name,Website\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidListException.class).hasMessage("a.venn: not an encoded list (not gzip); encoded lists are written by 'venn encode'");
  }

  @Test
  void read_otherVersion() {
    assertThatThrownBy(() -> read(gzip("venn-encoded v99\n"))).hasMessageContaining("unsupported format 'venn-encoded v99'");
  }

  @Test
  void read_gzipOfSomethingElse() {
    assertThatThrownBy(() -> read(gzip("Name,Website\n"))).hasMessageContaining("not an encoded list");
  }

  @Test
  void read_malformedLineNamesIt() {
    assertThatThrownBy(() -> read(gzip(EncodedListFile.MAGIC + "\njob\tn0nce-123\t\npriors\t1\t\nref\tQUxM\npopulations\n"))).hasMessageContaining("line 4: expected 22");
  }

  @Test
  void read_filterOfTheWrongSize_namesTheLine() throws IOException {
    String good = new String(gunzip(write(SPARSE)), java.nio.charset.StandardCharsets.UTF_8);
    String[] lines = good.split("\n");
    String[] f = lines[3].split("\t", -1);
    f[7] = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[24]);
    String corrupt = lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n" + String.join("\t", f) + "\n" + lines[4] + "\n";
    assertThatThrownBy(() -> read(gzip(corrupt))).hasMessageContaining("line 4").hasMessageContaining("nameFilter");
  }

  @Test
  void read_filterWithForgedCount_rejected() throws IOException {
    String good = new String(gunzip(write(SPARSE)), java.nio.charset.StandardCharsets.UTF_8);
    String[] lines = good.split("\n");
    String[] f = lines[3].split("\t", -1);
    java.nio.ByteBuffer forged = java.nio.ByteBuffer.allocate(72);
    forged.putLong(0, -1L);   // 64 bits set in the first word...
    forged.putLong(64, 1L);   // ...but a count of 1, which would inflate every Dice with this record
    f[7] = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(forged.array());
    String corrupt = lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n" + String.join("\t", f) + "\n" + lines[4] + "\n";
    assertThatThrownBy(() -> read(gzip(corrupt))).hasMessageContaining("line 4").hasMessageContaining("wrong count");
  }

  @Test
  void read_missingJobLine() {
    assertThatThrownBy(() -> read(gzip(EncodedListFile.MAGIC + "\n"))).hasMessageContaining("line 2: expected the job line");
  }

  @Test
  void read_missingPriorsLine() {
    assertThatThrownBy(() -> read(gzip(EncodedListFile.MAGIC + "\njob\tn0nce-123\tid\n"))).hasMessageContaining("line 3: expected the priors line");
  }

  @Test
  void read_olderVersion_toldToEncodeAgain() {
    assertThatThrownBy(() -> read(gzip("venn-encoded v2\njob\tn0nce-123\tid\npriors\t1\t\n"))).isInstanceOf(InvalidListException.class)
        .hasMessageContaining("unsupported format 'venn-encoded v2'").hasMessageContaining("encode the list again");
    assertThatThrownBy(() -> read(gzip("venn-encoded v3\njob\tn0nce-123\tid\npriors\t1\t\n"))).isInstanceOf(InvalidListException.class)
        .hasMessageContaining("unsupported format 'venn-encoded v3'").hasMessageContaining("encode the list again");
    assertThatThrownBy(() -> read(gzip("venn-encoded v4\njob\tn0nce-123\tid\npriors\t1\t\n"))).isInstanceOf(InvalidListException.class)
        .hasMessageContaining("unsupported format 'venn-encoded v4'").hasMessageContaining("first two words joined");
    assertThatThrownBy(() -> read(gzip("venn-encoded v5\njob\tn0nce-123\tid\npriors\t1\t\n"))).isInstanceOf(InvalidListException.class)
        .hasMessageContaining("unsupported format 'venn-encoded v5'").hasMessageContaining("Revised Romanization");
    assertThatThrownBy(() -> read(gzip("venn-encoded v6\njob\tn0nce-123\tid\npriors\t1\t\n"))).isInstanceOf(InvalidListException.class)
        .hasMessageContaining("unsupported format 'venn-encoded v6'").hasMessageContaining("vowel keys read word ends");
    assertThatThrownBy(() -> read(gzip("venn-encoded v7\njob\tn0nce-123\tid\npriors\t1\t\n"))).isInstanceOf(InvalidListException.class)
        .hasMessageContaining("unsupported format 'venn-encoded v7'").hasMessageContaining("descriptor words are keyed in English");
    assertThatThrownBy(() -> read(gzip("venn-encoded v8\njob\tn0nce-123\tid\npriors\t1\t\n"))).isInstanceOf(InvalidListException.class)
        .hasMessageContaining("unsupported format 'venn-encoded v8'").hasMessageContaining("spells out its own initialism");
    assertThatThrownBy(() -> read(gzip("venn-encoded v9\njob\tn0nce-123\tid\npriors\t1\t\n"))).isInstanceOf(InvalidListException.class)
        .hasMessageContaining("unsupported format 'venn-encoded v9'").hasMessageContaining("an initialism before other words");
    assertThatThrownBy(() -> read(gzip("venn-encoded v10\njob\tn0nce-123\tid\npriors\t1\t\n"))).isInstanceOf(InvalidListException.class)
        .hasMessageContaining("unsupported format 'venn-encoded v10'").hasMessageContaining("Indic names are spelt");
    assertThatThrownBy(() -> read(gzip("venn-encoded v11\njob\tn0nce-123\tid\npriors\t1\t\n"))).isInstanceOf(InvalidListException.class)
        .hasMessageContaining("unsupported format 'venn-encoded v11'").hasMessageContaining("Cyrillic letters Russian lacks");
    assertThatThrownBy(() -> read(gzip("venn-encoded v12\njob\tn0nce-123\tid\npriors\t1\t\n"))).isInstanceOf(InvalidListException.class)
        .hasMessageContaining("unsupported format 'venn-encoded v12'").hasMessageContaining("cities carry their consonants");
  }

  @Test
  void populationTable_roundTrips_withSealedLabelsAndDeclaredPolicies() throws IOException {
    EncodedListFile.Population customers = new EncodedListFile.Population("p-0123", sealed((byte) 7),
        io.venn.view.PopulationPolicy.overlaps("name", "domain"));
    EncodedListFile.Population all = new EncodedListFile.Population("All", null, null);
    EncodedListFile.Population prospects = new EncodedListFile.Population("p-4567", sealed((byte) 8), io.venn.view.PopulationPolicy.HIDDEN);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EncodedListFile.ListWriter w = EncodedListFile.writer(out, HEADER)) {
      w.describe(customers);
      w.describe(all);
      w.describe(prospects);
      w.write(SPARSE);
      w.write(SPARSE.withPopulation("p-0123"));
    }
    List<EncodedAccount> back = new ArrayList<>();
    EncodedListFile.Header header = EncodedListFile.read(new ByteArrayInputStream(out.toByteArray()), "a.venn", back::add);
    assertThat(back).extracting(EncodedAccount::population).containsExactly("All", "p-0123");
    assertThat(header.populations()).usingRecursiveComparison().isEqualTo(List.of(customers, all, prospects));
    assertThat(header.population("p-4567").declared()).isEqualTo(io.venn.view.PopulationPolicy.HIDDEN);
    assertThat(header.population("Customers")).isNull();
  }

  @Test
  void read_recordOfAPopulationNotInTheTable_namesTheLine() throws IOException {
    String good = new String(gunzip(write(SPARSE, SPARSE)), StandardCharsets.UTF_8);
    String[] lines = good.split("\n");
    String table = "populations\t" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("p-1".getBytes(StandardCharsets.UTF_8)) + ",,,";
    String corrupt = String.join("\n", lines[0], lines[1], lines[2], lines[3], lines[4], table) + "\n";
    assertThatThrownBy(() -> read(gzip(corrupt))).isInstanceOf(InvalidListException.class)
        .hasMessage("a.venn: line 4: population 'All' is not in the population table (line 6)");
  }

  @Test
  void read_populationEntryWithAnUnknownLevel_namesLineAndEntry() throws IOException {
    String good = new String(gunzip(write(SPARSE)), StandardCharsets.UTF_8);
    String[] lines = good.split("\n");
    String key = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("All".getBytes(StandardCharsets.UTF_8));
    String corrupt = String.join("\n", lines[0], lines[1], lines[2], lines[3], "populations\t" + key + ",,EVERYTHING,") + "\n";
    assertThatThrownBy(() -> read(gzip(corrupt))).isInstanceOf(InvalidListException.class)
        .hasMessage("a.venn: line 5: population table entry 1: unknown sharing level 'EVERYTHING' (HIDDEN, COUNTS or OVERLAPS)");
  }

  @Test
  void read_withoutThePopulationTable_isTruncated() throws IOException {
    String good = new String(gunzip(write(SPARSE, SPARSE)), StandardCharsets.UTF_8);
    String withoutTable = good.substring(0, good.lastIndexOf("populations"));
    assertThatThrownBy(() -> read(gzip(withoutTable))).isInstanceOf(InvalidListException.class)
        .hasMessageContaining("the population table, the last line, is missing");
  }

  @Test
  void read_version1_toldToEncodeAgain() {
    assertThatThrownBy(() -> read(gzip("venn-encoded v1\npriors\t1\t\n"))).hasMessageContaining("unsupported format 'venn-encoded v1'")
        .hasMessageContaining("encode the list again");
  }

  @Test
  void read_sealedPayloadOfTheWrongSize_namesTheLine() throws IOException {
    byte[] corrupt = withField(21, new byte[40]);
    assertThatThrownBy(() -> read(corrupt)).hasMessageContaining("line 4: the sealed payload is 40 bytes; 1 sealed fields take 124");
  }

  @Test
  void read_zeroSiteName_namesTheLine() throws IOException {
    byte[] corrupt = withField(20, new byte[8]);
    assertThatThrownBy(() -> read(corrupt)).hasMessageContaining("line 4: a site-name token is never 0");
  }

  @Test
  void read_joinedWordsOfAOneWordName_namesTheLine() throws IOException {
    byte[] corrupt = withField(19, new byte[] {0, 0, 0, 0, 0, 0, 0, 7});
    assertThatThrownBy(() -> read(corrupt)).hasMessageContaining("line 4: a name of 0 word(s) has no first two words to join");
  }

  /** SPARSE written, with field {@code index} of its record line replaced by these bytes (base64url). */
  private static byte[] withField(int index, byte[] value) throws IOException {
    String[] lines = new String(gunzip(write(SPARSE)), StandardCharsets.UTF_8).split("\n");
    String[] f = lines[3].split("\t", -1);
    f[index] = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    return gzip(lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n" + String.join("\t", f) + "\n" + lines[4] + "\n");
  }

  /** A sound key whose kind bits name no kind (6 or 7) is refused by line, not an index error mid-match. */
  @Test
  void read_soundKeyOfAnUnknownKind_namesTheLine() throws IOException {
    byte[] corrupt = withField(17, new byte[] {1, 0, 0, 0, 0, 0, 0, 7});
    assertThatThrownBy(() -> read(corrupt)).hasMessageContaining("line 4: the sound key's kind 7 is none this venn writes");
  }

  /** A sound key of kind none carries only the script bit (a short native name's); sound bits beside it are a corrupt file. */
  @Test
  void read_soundKeyOfKindNoneWithSoundBits_namesTheLine() throws IOException {
    byte[] corrupt = withField(17, new byte[] {1, 0, 0, 0, 0, 0, 0, 8});
    assertThatThrownBy(() -> read(corrupt)).hasMessageContaining("line 4: a sound key of kind none carries nothing but its script bit");
    assertThat(io.venn.encode.AccountEncoder.isWellFormedSoundKey(8L)).isTrue();
  }

  @Test
  void read_truncatedFile() throws IOException {
    byte[] whole = write(FULL, SPARSE);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 12);
    assertThatThrownBy(() -> read(cut)).isInstanceOf(InvalidListException.class).hasMessageContaining("damaged or truncated");
  }

  @Test
  void write_payloadNotOneBlockPerSealedField_refused() {
    EncodedAccount bad = new EncodedAccount("r", "All", new long[0], new long[0], new long[0], new long[0], new long[0], new long[9], 0, 0, 0, 0, 0, 0, null);
    assertThatThrownBy(() -> write(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("124 bytes");
  }

  @Test
  void write_refWithTab() {
    EncodedAccount bad = new EncodedAccount("a\tb", "All", new long[0], new long[0], new long[0], new long[0], new long[0], new long[9], 0, 0, 0, 0, 0, 0, sealed((byte) 0));
    assertThatThrownBy(() -> write(bad)).isInstanceOf(IllegalArgumentException.class);
  }
}
