package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanizerTest {

  /** Each script romanized as the companies themselves write it (their Latin names in the comment). */
  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '"', textBlock = """
      ソニー                 | -  | soni                # Sony: Hepburn, long vowel unmarked
      ジョイフル             | -  | joifuru             # Joyfull
      シャープ               | -  | shapu               # Sharp
      トヨタ自動車           | -  | toyota jidosha      # Toyota Jidosha: kanji read in Japanese, not pinyin
      三菱商事               | JP | mitsubishi shoji    # Mitsubishi Shoji
      参天製薬               | JP | santen seiyaku      # Santen Pharmaceutical: a dictionary entry read as brand and descriptor
      日清食品               | JP | nisshin shokuhin    # Nissin Foods: the brand's reading cut from the whole ("nichi shin" alone)
      大塚製薬               | JP | otsuka seiyaku      # Otsuka Pharmaceutical: "oo" is a long o
      日立製作所株式会社     | -  | hitachi seisaku sho kabushiki kaisha
      中国银行               | CN | china bank          # Bank of China: descriptors translated
      华为技术               | CN | huawei technologies # Huawei Technologies: a brand's syllables are one word
      深圳市腾讯             | CN | shenzhen tengxun    # Shenzhen: a place in pinyin, "city" dropped
      阿里巴巴集團           | TW | alibaba group       # traditional characters too
      中国蒙牛乳业           | CN | china mengniu dairy # China Mengniu Dairy
      华电网络               | CN | huadian network     # no "grid" cutting across 电网络
      北京市政路桥           | CN | beijing municipal luqiao # "市" after a place is "city", not in "市政"
      58同城                 | CN | 58 tongcheng        # digits before the first letter are kept
      ソフトバンクグループ   | JP | sofutobanku group   # SoftBank Group: a katakana loanword at the end in English
      サカイホールディングス | JP | sakai holdings      # Sakai Holdings
      삼성전자               | KR | samseong electronics # Samsung Electronics: a Korean descriptor in English
      한국투자증권           | KR | korea investment securities # Korea Investment & Securities
      한국가스공사           | KR | korea gas corporation # Korea Gas Corporation
      한국타이어             | KR | hanguktaieo # Hankook Tire: before a brand word 한국 stays as read
      한국수자원공사         | KR | korea water resources corporation # K-water, Korea Water Resources Corporation
      삼성전자주식회사       | KR | samseong electronics jusikhoesa # the legal form written onto the name comes off
      유한회사               | KR | yuhanhoesa          # other forms ending in 회사 ("company") read as a whole
      ธนาคารกรุงเทพ          | TH | bank bangkok        # Bangkok Bank: Thai descriptors and places in English
      การบินไทย              | TH | airways thai        # Thai Airways
      삼성                   | KR | samseong            # Samsung: Revised Romanization
      롯데쇼핑               | KR | lotde shopping      # Lotte Shopping: a final ㅅ sounds t, not the letter's s; 쇼핑 a loanword read in English
      중국은행               | KR | jungguk bank        # a final ㄱ is k; no hyphen between syllables
      Газпром                | RU | Gazprom
      Лукойл                 | RU | Lukoyl              # BGN: й is y, as in Lukoil
      Роснефть               | RU | Rosneft'            # the soft sign is an apostrophe, not a split
      Мосэнерго              | RU | Mosenergo           # BGN's separating dot is no word break
      Иркутскэнерго          | RU | Irkutskenergo       # t·s and s·e: one word, as the company writes it
      Україна                | UA | Ukraina             # Ukrainian letters the Russian table lacks
      Київстар               | UA | Kiivstar            # Kyivstar: one word, not "ki vstar"
      Ґрунт Євро             | UA | Grunt Yevro
      Белавія                | BY | Belaviya            # Belavia
      Телеком Србија         | RS | telecom Srbija      # Telekom Srbija: Serbian j
      Љубљанска Њива Ђак     | RS | Ljubljanska Njiva Dak # as Serbian Latin, folded
      Ѓорѓи Ѕвезда           | MK | Gjorgji Dzvezda     # Macedonian
      Хемофарм               | RS | Hemofarm            # Serbian Cyrillic as Serbian Latin writes it
      Шабачка Жито           | RS | Sabacka Zito        # š, ž folded as the Latin names are
      Шабачка Ђурђевић       | -  | Sabacka Durdevic    # no country: a Serbian letter tells
      Хабаровск              | RU | Khabarovsk          # Russian keeps BGN
      Қазақстан Темір Жолы   | KZ | Kazakstan Temir Zholy # Kazakhstan Temir Zholy
      Өлгий                  | MN | Olgiy               # Mongolian
      Αλφα Τράπεζα           | GR | Alfa bank
      Ελληνικά Ταχυδρομεία   | GR | hellenic post       # Hellenic Post (ELTA)
      מקורות חברת מים        | IL | mqwrwt company water # Mekorot Water Company
      טבע                    | IL | tb'                 # Teva
      ปตท                    | TH | ptth                # PTT
      อินทัช                 | TH | inthach             # Intouch: the vowel carrier is no "x"
      ออลล์                  | TH | oll                 # All: a carrier that is the vowel reads "o"
      ฮอนด้า                 | TH | honda               # Honda: also after a letter ICU marks (ฮ is "ĥ")
      สอง                    | TH | song
      LG전기                 | KR | LG jeongi           # a change of script is a word boundary
      Société Générale       | FR | Societe Generale
      Müller                 | DE | Mueller             # German spelling in German-speaking countries
      Müller                 | FR | Muller
      Straße                 | -  | Strasse
      ＡＣＭＥ　Ｉｎｃ       | -  | ACME Inc            # full-width forms
      McDonald’s             | US | McDonald's
      Łódź                   | PL | Lodz
      """)
  void toAscii_realNames_romanizedAsWrittenInLatin(String raw, String country, String expected) {
    String ascii = Romanizer.toAscii(raw, country);

    assertThat(ascii).isEqualTo(expected.replaceAll("\\s*#.*$", ""));
    assertThat(TextFolding.isAscii(ascii)).isTrue();
  }

  @Test
  void toAscii_asciiText_returnedAsIs() {
    String ascii = "Acme Widgets, Inc.";

    assertThat(Romanizer.toAscii(ascii, "US")).isSameAs(ascii);
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Acme Société           | -  | []
      ソニー                 | -  | [JAPANESE]
      ソニー株式会社         | -  | [JAPANESE, KANJI]
      中国银行               | -  | [CHINESE]
      三菱商事               | JP | [KANJI]
      ООО Газпром            | -  | [CYRILLIC]
      LG전자                 | -  | [HANGUL]
      ㈜                     | -  | [HANGUL]
      ㈱日立製作所           | -  | [KANJI]
      Acme ㈜                | KR | [HANGUL]
      ＡＣＭＥ               | -  | []
      """)
  void scripts_name_listsScriptsToLoad(String raw, String country, String expected) {
    assertThat(Romanizer.scripts(raw, country)).hasToString(expected);
  }
}
