package io.venn.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {
  private static final Set<String> DESCRIPTORS = Set.of("bank", "group", "holdings", "exploration", "financial", "capital");

  private static List<String> words(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
  }

  /** Worked examples: the initials, then with the letters of the legal-form words initialisms spell. */
  @ParameterizedTest(name = "{0} [{1}]: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      bharat petroleum                 | corporation,ltd | bp bpcl
      taiwan semiconductor manufacturing | company,ltd   | tsm tsmc tsmcl
      hongkong and shanghai banking    | corporation,ltd | hsb hsbc hsbcl
      national thermal power           | corporation     | ntp ntpc
      tenaga nasional                  | bhd             | tn
      sterlite technologies            | ltd             | st
      acme zeta                        | co ltd          | az
      hong shing building              | co ltd          | hsb
      hindustan petroleum              | corp,ltd        | hp
      international business machines  | corporation     | ibm ibmc
      advanced micro devices           | inc             | amd
      acme zeta yotta                  | plc,ltd         | azy
      acme zeta yotta                  | ltd,inc         | azy azyl
      alpha beta gamma delta epsilon   | corporation     | abgde abgdec
      alpha beta gamma delta epsilon zeta | corporation  | abgdez
      acme                             | corporation     | ''
      banco do brasil                  | sa              | bb
      do it best                       | corp            | dib
      tata das                         | ltd             | td
      stadtwerke munchen               | gmbh            | sm swm
      danske statsbaner                | -               | ds dsb
      badische anilin und sodafabrik   | -               | bas basf
      international business machines werke | corporation | ibmw ibmwc
      """)
  void initialsWithForms_addTheFormLettersInitialismsSpell(String name, String forms, String expected) {
    List<String> out = NameKeys.initialsWithForms(words(name), Arrays.asList(forms.split(",")));
    assertThat(out).isEqualTo(words(expected));
  }

  /** A compound word gives its head's letter too; not a head alone, a first part under four letters, or a name of one word. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      stadtwerke munchen        | swm
      schweizerische bundesbahnen | sbb
      magyar allamvasutak       | mav
      werke munchen             | ''
      abcwerke munchen          | ''
      stadtwerke                | ''
      volkswagen bank           | ''
      """)
  void compoundInitials_spellTheCompoundsSecondPart(String name, String expected) {
    assertThat(NameKeys.compoundInitials(words(name))).isEqualTo(expected);
  }

  /** A short first word before descriptor words only is the initialism; a descriptor or a brand after it is not. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ibm              | ''
      g e              | ''
      dbs bank         | dbs
      hm exploration   | ''
      ubs group        | ubs
      mtn group holdings | mtn
      bank group       | ''
      kb kookmin bank  | ''
      international bank | ''
      acme zeta        | ''
      """)
  void acronymBeforeDescriptors_looksPastDescriptorWords(String name, String expected) {
    assertThat(NameKeys.acronymBeforeDescriptors(words(name), DESCRIPTORS::contains)).isEqualTo(expected);
  }

  /** An initialism before other words (not descriptors only), with their initials: what a long name's initials spell when it writes the initialism out. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      fs italiane        | fsi
      bnp paribas        | bnpp
      emt madrid         | emtm
      fs dello stato     | fss
      kb financial group | ''
      hm exploration     | ''
      de beers group     | ''
      al futtaim group   | ''
      das capital        | ''
      ibm                | ''
      bank italiane      | ''
      zylon zeta         | ''
      abcd 7eleven       | ''
      abcd efg hij       | abcdeh
      abcd efg hij klm   | ''
      """)
  void acronymBeforeWords_spellsTheInitialismThenTheOtherWordsInitials(String name, String expected) {
    assertThat(NameKeys.acronymBeforeWords(words(name), DESCRIPTORS::contains)).isEqualTo(expected);
  }
}
