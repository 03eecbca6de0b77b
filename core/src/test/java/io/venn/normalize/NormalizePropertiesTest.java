package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

class NormalizePropertiesTest {

  @Property(tries = 2000)
  void parse_anyUnicode_tokensAreLowerAsciiWords(@ForAll("names") String raw, @ForAll("countries") String country) {
    CompanyName name = CompanyNames.parse(raw, country);

    assertThat(name.tokens()).allMatch(t -> t.matches("[a-z0-9]+"));
    assertThat(name.legalForms()).allMatch(f -> f.matches("[a-z0-9]+( [a-z0-9]+)*"));
  }

  @Property(tries = 2000)
  void parse_ownKey_isIdempotent(@ForAll("names") String raw) {
    CompanyName first = CompanyNames.parse(raw, null);

    assertThat(CompanyNames.parse(first.key(), null).tokens()).isEqualTo(first.tokens());
  }

  @Property(tries = 2000)
  void toAscii_anyUnicode_isAsciiAndTokensAreStable(@ForAll("names") String raw, @ForAll("countries") String country) {
    String ascii = Romanizer.toAscii(raw, country);
    List<String> tokens = TextFolding.tokens(raw, country);

    assertThat(TextFolding.isAscii(ascii)).isTrue();
    assertThat(tokens).allMatch(t -> t.matches("[a-z0-9]+"));
    assertThat(TextFolding.tokens(String.join(" ", tokens), country)).isEqualTo(tokens); // folding is idempotent
  }

  @Property(tries = 2000)
  void skeleton_anyName_isShortConsonantKeyStableUnderReparsing(
      @ForAll("names") String raw, @ForAll("countries") String country) {
    CompanyName name = CompanyNames.parse(raw, country);
    String skeleton = name.skeleton();

    assertThat(skeleton).matches("|[a-z0-9]{2,}");
    assertThat(skeleton).doesNotContain("e", "i", "o", "u", "y", "w", "c", "q", "z", "v", "l");
    assertThat(CompanyNames.parse(name.key(), country).skeleton()).isEqualTo(skeleton);
  }

  /** Case and doubled letters are spelling, not identity: "JOYFULL", "Joyfull" and "Joyful" share a skeleton. */
  @Property(tries = 1000)
  void skeleton_doubledLetterOrCase_unchanged(@ForAll("plainWords") String word, @ForAll int position) {
    int i = Math.floorMod(position, word.length());
    String doubled = word.substring(0, i + 1) + word.substring(i);

    CompanyName plain = CompanyNames.parse(word, null);
    CompanyName twice = CompanyNames.parse(doubled, null);
    CompanyName upper = CompanyNames.parse(word.toUpperCase(java.util.Locale.ROOT), null);
    // A word may be an abbreviation that expands ("bkg" -> "banking") or a legal form that goes: then
    // the words differ on purpose and so may the skeletons. The property is about words kept as written.
    net.jqwik.api.Assume.that(plain.key().equals(word) && twice.key().equals(doubled) && upper.key().equals(word));
    String skeleton = plain.skeleton();
    assertThat(twice.skeleton()).isEqualTo(skeleton);
    assertThat(upper.skeleton()).isEqualTo(skeleton);
  }

  @Property(tries = 1000)
  void split_anyName_keepsANameBeforeThePlace(@ForAll("names") String raw, @ForAll("places") String place) {
    BranchPlaces.Split split = BranchPlaces.split(raw + place);

    if (split.country() != null) {
      assertThat(split.name()).isNotBlank();
      if (split.overrides()) {
        assertThat((raw + place).strip()).startsWith(split.name()); // a label after the name
      } else {
        // a place before the legal form: the name is the rest, the bracket taken out
        String rest = (raw + place).strip().replaceFirst("\\([^)]*\\)", "");
        assertThat(split.name().replaceAll("\\s+", "")).isEqualTo(rest.replaceAll("\\s+", ""));
      }
      assertThat(split.country()).matches("[A-Z]{2}");
    } else {
      assertThat(split.name()).isEqualTo(raw + place);
    }
  }

  @Property(tries = 2000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void registrable_ownOutput_isIdempotent(@ForAll("domains") String raw) {
    Normalized first = Domains.registrable(raw);
    Statistics.collect(first.isOk() ? "ok" : "rejected");
    Statistics.coverage(c -> c.check("ok").percentage(p -> p > 20)); // the property is not vacuous

    if (first.isOk()) {
      assertThat(Domains.registrable(first.value())).isEqualTo(first);
      assertThat(Domains.label(first.value())).doesNotContain(".");
    }
  }

  @Property(tries = 500)
  void registrable_anyUnicode_neverThrows(@ForAll("names") String raw) {
    assertThat(Domains.registrable(raw)).isNotNull();
  }

  /** Arbitrary text in any script, and real-looking names with legal forms, punctuation and case. */
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> word = Arbitraries.of(
        "Acme", "The", "Bank", "Central", "Asia", "PT", "Tbk", "Inc.", "Ltd", "GmbH", "& Co.", "S.A.", "B.V.",
        "Pty. Ltd.", "ООО", "Газпром", "株式会社", "トヨタ", "Société", "Générale", "McDonald's", "A.B.C.",
        "Intl", "Hldgs", "/DE/", "-", ",", "Holding", "AG", "Company", "Limited", "3M", "ｱｲｳ", "İstanbul",
        "ソニー", "三菱商事", "삼성전자", "Αλφα", "أرامكو", "טבע", "ปตท", "Müller", "S.à r.l.", "Łódź", "(France)",
        "华为", "集团", "有限公司", "深圳市", "市政", "同城", "58", "(株)", "㈱", "(有)", "(주)", "㈜", "グループ",
        "ホールディングス", "전자", "그룹", "카카오");
    Arbitrary<String> phrase = word.list().ofMinSize(1).ofMaxSize(6).map(ws -> String.join(" ", ws));
    // CJK names run their words together: the descriptor and bracketed-form rules see them joined
    Arbitrary<String> joined = word.list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join("", ws));
    return Arbitraries.oneOf(any, phrase, joined);
  }

  /** Words of plain letters whose consonants have no digraphs ("ph") and no vowel-like r, so doubling is pure spelling. */
  @Provide
  Arbitrary<String> plainWords() {
    return Arbitraries.strings().withChars("abdgkmnpstaeiou").ofMinLength(2).ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("", " (France)", " (USA)", " - UK", " (Holdings)", " (DE)", " – Deutschland", "(España)", " - ");
  }

  @Provide
  Arbitrary<String> countries() {
    return Arbitraries.of("US", "GB", "DE", "ID", "JP", "RU", "SE", "BR").injectNull(0.3);
  }

  @Provide
  Arbitrary<String> domains() {
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', 'é', 'ü')
        .ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> suffix = Arbitraries.of(
        "com", "co.uk", "de", "co.id", "com.au", "github.io", "blogspot.com", "co.jp", "fr", "xn--p1ai", "com.");
    Arbitrary<String> prefix = Arbitraries.of("", "www.", "https://", "http://www.", "info@", "mailto:a@", "shop.");
    Arbitrary<String> tail = Arbitraries.of("", "/", "/about?x=1", ":8080", "#top", ".");
    Arbitrary<String> built = Combinators.combine(prefix, label, suffix, tail)
        .as((p, l, s, t) -> p + l + "." + s + t)
        .map(s -> s.length() % 3 == 0 ? s.toUpperCase(java.util.Locale.ROOT) : s);
    return Arbitraries.oneOf(built, Arbitraries.strings().all().ofMaxLength(30));
  }
}
