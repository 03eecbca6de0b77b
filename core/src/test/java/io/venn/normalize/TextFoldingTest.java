package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.EnumSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextFoldingTest {

  /** The promise the romanizer's Latin shortcut rests on, checked for every character it lets through. */
  @Test
  void isLatinRange_everyAcceptedCharacter_staysLatinUnderNfkc() {
    for (char c = 0; c < 0x800; c++) {
      String s = String.valueOf(c);
      if (TextFolding.isLatinRange(s)) {
        assertThat(TextFolding.hasNonLatinLetters(Normalizer.normalize(s, Normalizer.Form.NFKC)))
            .as("U+%04X", (int) c)
            .isFalse();
      }
    }
    assertThat(TextFolding.isLatinRange("µ")).isFalse(); // NFKC makes it the Greek mu
    assertThat(TextFolding.isLatinRange("Société Générale")).isTrue();
    assertThat(TextFolding.isLatinRange("Газпром")).isFalse();
  }

  /** The script test skips characters below U+0250 without a look-up: it must answer as the look-up would. */
  @Test
  void hasNonLatinLetters_latinBlocks_agreeWithUnicodeScripts() {
    EnumSet<Character.UnicodeScript> latin = EnumSet.of(
        Character.UnicodeScript.LATIN, Character.UnicodeScript.COMMON, Character.UnicodeScript.INHERITED);
    for (int cp = 0; cp < 0x800; cp++) {
      boolean expected = cp >= 0x80 && Character.isLetter(cp) && !latin.contains(Character.UnicodeScript.of(cp));
      assertThat(TextFolding.hasNonLatinLetters(new String(Character.toChars(cp))))
          .as("U+%04X", cp)
          .isEqualTo(expected);
    }
  }

  /** The Latin shortcut of {@link Romanizer#toAscii} folds exactly as the general path (NFKC, then fold). */
  @Property(tries = 3000)
  void toAscii_latinText_sameAsNormalizedFold(@ForAll("latin") String text, @ForAll boolean german) {
    String country = german ? "DE" : "FR";

    assertThat(Romanizer.toAscii(text, country))
        .isEqualTo(TextFolding.isAscii(text) ? text
            : LatinFolding.fold(Normalizer.normalize(text, Normalizer.Form.NFKC), german));
    assertThat(Romanizer.scripts(text, country)).isEmpty();
  }

  @Provide
  Arbitrary<String> latin() {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\u024f')
        .withChars("aouAOU ")
        .ofMaxLength(20)
        .filter(TextFolding::isLatinRange);
  }
}
