package io.venn.block;

import static io.venn.TestAccounts.encode;
import static org.assertj.core.api.Assertions.assertThat;

import io.venn.TestAccounts;
import io.venn.encode.EncodedAccount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {
  private static List<Integer> candidates(List<EncodedAccount> indexed, EncodedAccount query) {
    CandidateIndex index = CandidateIndex.build(indexed);
    CandidateIndex.Cursor cursor = index.cursor();
    int n = index.candidates(query, TestAccounts.statistics(indexed, List.of(query)), cursor);
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      found.add(cursor.get(i));
    }
    return found;
  }

  private final List<EncodedAccount> indexed = List.of(
      encode("Acme Corporation", "acme.com", "US"),
      encode("Globex GmbH", "globex.de", "DE"),
      encode("International Business Machines", "ibm.com", "US"),
      encode("Initech", null, "US"));

  @Test
  void candidates_sharedWordWebsiteOrInitialsMeet() {
    assertThat(candidates(indexed, encode("ACME Corp.", null, "US"))).containsExactly(0);
    assertThat(candidates(indexed, encode("Globex Deutschland", "globex.de", "DE"))).containsExactly(1);
    assertThat(candidates(indexed, encode("IBM", null, "US"))).containsExactly(2);
    assertThat(candidates(indexed, encode("Initek", null, "US"))).containsExactly(3);
  }

  /** An initialism that spells the legal form ("BPCL"), or one before a descriptor ("DBS Bank"), meets the long name. */
  @Test
  void candidates_initialismsWithLegalFormOrDescriptorMeetTheLongName() {
    List<EncodedAccount> names = List.of(
        encode("Bharat Petroleum Corporation Limited", null, "IN"),
        encode("The Development Bank of Singapore Limited", null, "SG"),
        encode("Initech", null, "US"));
    assertThat(candidates(names, encode("BPCL", null, "IN"))).containsExactly(0);
    assertThat(candidates(names, encode("NTPC", null, "IN"))).isEmpty();
    // no word shared: only the initialism before "group" makes them candidates
    assertThat(candidates(List.of(encode("Union Bank of Switzerland", null, "CH")), encode("UBS Group AG", null, "CH"))).containsExactly(0);
    // and the other way round: the long name's initials look up initialisms
    assertThat(candidates(List.of(encode("BPCL", null, "IN")), encode("Bharat Petroleum Corporation Limited", null, "IN"))).containsExactly(0);
  }

  /**
   * Two long names meet by equal initials (with typos in every rare word, often the only key they
   * share in a crowded list), never by initials with the legal form's letters.
   */
  @Test
  void candidates_longNamesMeetByInitials_notByFormInitials() {
    EncodedAccount indexed = encode("Alpha Beta Gamma Corporation", null, "US");
    assertThat(candidates(List.of(indexed), encode("Apex Bolt Garage Corporation", null, "US"))).containsExactly(0);
    // "abgc": the initials of the one, the form initials of the other
    EncodedAccount fourWords = encode("Apex Bolt Garage Crest", null, "US");
    assertThat(candidates(List.of(indexed), fourWords)).isEmpty();
    assertThat(candidates(List.of(fourWords), indexed)).isEmpty();
  }

  /** A Latin name without a website meets the native record's website it spells, either side indexed. */
  @Test
  void candidates_aNameMeetsTheWebsiteItSpells_eitherWay() {
    EncodedAccount site = encode("九龍巴士有限公司", "https://www.kmb.hk/", "HK");
    EncodedAccount initials = encode("Kowloon Motor Bus Limited", null, "HK");
    EncodedAccount words = encode("Nongfu Spring Co., Ltd.", null, "CN");
    EncodedAccount nongfu = encode("农夫山泉股份有限公司", "www.nongfuspring.com", "CN");
    assertThat(candidates(List.of(site), initials)).containsExactly(0);
    assertThat(candidates(List.of(initials), site)).containsExactly(0);
    assertThat(candidates(List.of(nongfu), words)).containsExactly(0);
    assertThat(candidates(List.of(words), nongfu)).containsExactly(0);
    // A Latin record's website meets only a Latin name whose words run together spell it, not its
    // initials: those would add pairs past the other keys' caps (at 1M, "NEC" at nec.com met
    // "Nuran Educacao Capital").
    EncodedAccount latinSite = encode("Zorblax Quum", "https://tivorami.com", "US");
    EncodedAccount spelling = encode("Tivo Rami", null, "US");
    EncodedAccount byInitials = encode("Tarsi Ivo Vermont", null, "US");
    EncodedAccount tivSite = encode("Zorblax Quum", "https://tiv.com", "US");
    assertThat(candidates(List.of(latinSite), spelling)).containsExactly(0);
    assertThat(candidates(List.of(spelling), latinSite)).containsExactly(0);
    assertThat(candidates(List.of(tivSite), byInitials)).isEmpty();
    assertThat(candidates(List.of(byInitials), tivSite)).isEmpty();
  }

  /** A name's first two words run together meet a name written as one word, either side indexed. */
  @Test
  void candidates_firstTwoWordsJoinedMeetTheOneWordName() {
    EncodedAccount apart = encode("Wal-Mart Stores, Inc.", null, "US");
    EncodedAccount joined = encode("Walmart Inc.", null, "US");
    assertThat(candidates(List.of(joined), apart)).containsExactly(0);
    assertThat(candidates(List.of(apart), joined)).containsExactly(0);
  }

  @Test
  void candidates_nothingSharedMeetsNothing() {
    assertThat(candidates(indexed, encode("Vandelay Industries", "vandelay.com", "US"))).isEmpty();
  }

  @Test
  void candidates_tooCommonWebsiteIsSkippedAndCounted() {
    List<EncodedAccount> many = new ArrayList<>();
    String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"};
    for (int i = 0; i <= CandidateIndex.DOMAIN_CAP; i++) {
      many.add(encode(words[i % 8] + "x" + i + " " + words[(i / 8) % 8] + "q" + i, "platform.com", "US"));
    }
    CandidateIndex index = CandidateIndex.build(many);
    EncodedAccount query = encode("Zzyzx", "platform.com", "US");
    int n = index.candidates(query, TestAccounts.statistics(many, List.of(query)), index.cursor());
    assertThat(n).isZero();
    assertThat(index.report(1).skippedKeys()).isPositive();
  }

  @Test
  void build_sameCandidatesAndReportHoweverItsPartsRun() {
    java.util.Random random = new java.util.Random(7);
    String[] words = {"acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "pacific", "gramin", "media"};
    List<EncodedAccount> distinct = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      String name = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " w" + random.nextInt(3000);
      distinct.add(encode(name, random.nextBoolean() ? "site" + random.nextInt(2000) + ".com" : null, "US"));
    }
    // Several batches of keys, so that batches and partitions built in any order must agree.
    List<EncodedAccount> many = new ArrayList<>();
    for (int i = 0; i < 2 * CandidateIndex.BATCH + 17; i++) {
      many.add(distinct.get(random.nextInt(distinct.size())));
    }
    CandidateIndex inTurn = CandidateIndex.build(many);
    CandidateIndex backwards = CandidateIndex.build(many, (parts, task) -> {
      for (int i = parts - 1; i >= 0; i--) {
        task.accept(i);
      }
    });
    CandidateIndex threaded = CandidateIndex.build(many, (parts, task) -> java.util.stream.IntStream.range(0, parts).parallel().forEach(task));

    TokenStatistics stats = TestAccounts.statistics(many, distinct);
    for (EncodedAccount query : distinct.subList(0, 300)) {
      List<Integer> expected = found(inTurn, query, stats);
      assertThat(found(backwards, query, stats)).isEqualTo(expected);
      assertThat(found(threaded, query, stats)).isEqualTo(expected);
    }
    assertThat(backwards.report(5)).isEqualTo(inTurn.report(5));
    assertThat(threaded.report(5)).isEqualTo(inTurn.report(5));
  }

  private static List<Integer> found(CandidateIndex index, EncodedAccount query, TokenStatistics stats) {
    CandidateIndex.Cursor cursor = index.cursor();
    int n = index.candidates(query, stats, cursor);
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      found.add(cursor.get(i));
    }
    return found;
  }

  /**
   * A sound key pairs names across scripts only: ジョイフル meets "Joyfull" whichever list is indexed,
   * while two Latin names that share nothing but their sound ("Alinco" / "Arinko") never meet by it.
   */
  @Test
  void candidates_soundKeyPairsNamesAcrossScriptsOnly() {
    List<EncodedAccount> latin = List.of(encode("Joyfull Co., Ltd.", null, "JP"), encode("Alinco", null, "JP"));
    List<EncodedAccount> kana = List.of(encode("ジョイフル", null, "JP"), encode("アリンコ", null, "JP"));

    assertThat(candidates(latin, kana.get(0))).containsExactly(0);
    assertThat(candidates(kana, latin.get(0))).containsExactly(0);
    assertThat(candidates(latin, kana.get(1))).containsExactly(1);
    assertThat(candidates(latin, encode("Arinko", null, "JP"))).isEmpty();
  }
}
