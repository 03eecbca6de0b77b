package io.venn.encode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CityKeysTest {
  /** Romanized from another script (left) and as CRMs in English write it (right): the same consonants. */
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      erewan       | yerevan
      rswn lzywn   | rishon lezion
      alrbat       | rabat
      almhrq       | muharraq
      lwd          | lod
      swhm         | shoham
      marousi      | maroussi
      adis ababa   | addis ababa
      bhuvaneshvar | bhubaneswar
      nnthburi     | nonthaburi
      mirnyy       | mirny
      """)
  void consonants_ofTwoRomanizations_agree(String romanized, String english) {
    assertThat(CityKeys.consonants(romanized)).isEqualTo(CityKeys.consonants(english));
  }

  @Test
  void consonants_ofDifferentCities_differ() {
    assertThat(CityKeys.consonants("haifa")).isNotEqualTo(CityKeys.consonants("jaffa"));
    assertThat(CityKeys.consonants("tokyo")).isNotEqualTo(CityKeys.consonants("kyoto"));
    // one country's neighbours with the same consonants: the first letter keeps them apart
    assertThat(CityKeys.consonants("osaka")).isNotEqualTo(CityKeys.consonants("sakai"));
    assertThat(CityKeys.consonants("suwon")).isNotEqualTo(CityKeys.consonants("asan"));
    // too few consonants to say anything: the name itself
    assertThat(CityKeys.consonants("hohhot")).isEqualTo("hohhot");
  }

  @Test
  void token_equalOnlyForOneSpelling_soundForBoth() {
    TokenHash tokens = TokenHash.unkeyed(1);
    long armenian = CityKeys.token("erewan", tokens);
    long english = CityKeys.token("yerevan", tokens);
    assertThat(armenian).isNotEqualTo(english);
    assertThat(CityKeys.sameSound(armenian, english)).isTrue();
    assertThat(CityKeys.token("yerevan", tokens)).isEqualTo(english);
    assertThat(CityKeys.sameSound(english, CityKeys.token("gyumri", tokens))).isFalse();
  }
}
