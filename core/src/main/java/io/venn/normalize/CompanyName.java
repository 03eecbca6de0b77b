package io.venn.normalize;

import java.util.List;

/**
 * A company name reduced to comparable tokens.
 *
 * @param tokens the distinguishing words, lower-case ASCII, legal forms removed, abbreviations
 *     expanded ("intl" -> "international"), "&" -> "and", leading "the" dropped; may be empty
 * @param legalForms the legal-form designators found and removed, in a canonical spelling ("inc",
 *     "gmbh", "pt", "tbk"...)
 * @param nonLatin whether the name was written in another script than Latin, so that its tokens are a
 *     romanization: a comparison across scripts may then rest on the name's sound
 * @param abjad whether it was written in Arabic or Hebrew script, which write no short vowels: its
 *     vowel key cannot agree with a Latin spelling's
 * @param statedAcronym the initialism the name states in brackets after itself, lower case ("ongc"
 *     of "Oil and Natural Gas Corporation (ONGC)": {@link StatedAcronym}), not among its tokens; or
 *     {@code null}
 */
public record CompanyName(List<String> tokens, List<String> legalForms, boolean nonLatin, boolean abjad, String statedAcronym) {
  public static final CompanyName EMPTY = new CompanyName(List.of(), List.of());

  /** Words an initialism skips ("Bank of America" -> "BA", "Procter and Gamble" -> "PG"). */
  public static final java.util.Set<String> INITIALISM_SKIPS =
      java.util.Set.of("and", "of", "the", "de", "du", "des", "la", "le", "et", "und", "der", "y", "e", "di", "for");

  /**
   * Italian, Spanish and Portuguese connecting words an initialism skips only between two words
   * ("Ferrovie dello Stato" -> "FS", "Banco do Brasil" -> "BB"): first or last, "Das", "Do" and
   * "Da" are a surname, a verb and a pinyin syllable.
   */
  public static final java.util.Set<String> INNER_INITIALISM_SKIPS =
      java.util.Set.of("del", "della", "dello", "delle", "dei", "degli", "do", "da", "dos", "das");

  /** Whether an initialism of {@code words} skips word {@code i} ({@link #INITIALISM_SKIPS}, {@link #INNER_INITIALISM_SKIPS}). */
  public static boolean skippedByInitials(List<String> words, int i) {
    String w = words.get(i);
    return INITIALISM_SKIPS.contains(w) || i > 0 && i < words.size() - 1 && INNER_INITIALISM_SKIPS.contains(w);
  }

  /** A name written in Latin script. */
  public CompanyName(List<String> tokens, List<String> legalForms) {
    this(tokens, legalForms, false, false);
  }

  /** A name written in Latin script or, with {@code nonLatin}, in another script that writes vowels. */
  public CompanyName(List<String> tokens, List<String> legalForms, boolean nonLatin) {
    this(tokens, legalForms, nonLatin, false);
  }

  /** A name that states no initialism of its own. */
  public CompanyName(List<String> tokens, List<String> legalForms, boolean nonLatin, boolean abjad) {
    this(tokens, legalForms, nonLatin, abjad, null);
  }

  public CompanyName {
    tokens = List.copyOf(tokens);
    legalForms = List.copyOf(legalForms);
  }

  /**
   * Whether {@code label} (a website's label or host) is one or more consecutive words of this name
   * run together ("medicalcare" for "Acme Medical Care"), the last one possibly cut short
   * ("hongxinelectrontechg" for "HongXin Electron-tech Group").
   */
  public boolean spells(String label) {
    for (int i = 0; i < tokens.size(); i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < tokens.size() && run.length() < label.length(); j++) {
        if (run.length() > 0 && label.startsWith(run.toString()) && tokens.get(j).startsWith(label.substring(run.length()))) {
          return true; // whole words, then the start of the next
        }
        run.append(tokens.get(j));
        if (run.toString().equals(label)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The words as they are compared: Spanish, Portuguese, Italian and French descriptor words, and
   * those of Japanese names as their readings are romanized, in English ("banco de chile" as "bank
   * de chile", "sumitomo denki kogyo" as "sumitomo electric industries", {@link EnglishWords}), the
   * others as {@link #tokens}; as many words as {@link #tokens}. Only the words: initials, sound
   * keys, spelling fallbacks and website labels are spelled as the name is written.
   */
  public List<String> wordsInEnglish() {
    return EnglishWords.inEnglish(tokens);
  }

  /** The tokens joined by single spaces: the canonical name used for q-grams and exact keys. */
  public String key() {
    return String.join(" ", tokens);
  }

  /**
   * The consonant skeleton of the whole name, on which romanizations of one name agree ("Joyfull" /
   * "joifuru" -> "jfr", "Gazprom" / "Gasprom" -> "gsprm"); "" when the name has too few consonants.
   * See {@link Skeletons}.
   */
  public String skeleton() {
    return Skeletons.of(tokens);
  }

  /**
   * The script-aware phonetic key of a long name, on which its native-script and Latin spellings
   * agree when even the skeletons differ ("Samba Financial Group" / "سمب فننسل گرپ" -> "smbnskb");
   * "" for names with too few consonants. See {@link PhoneticKeys}.
   */
  public String phoneticKey() {
    return PhoneticKeys.of(tokens);
  }

  /**
   * A short name's sound with its vowels, on which its spelling in a syllabary or an alphabet with
   * vowels agrees with its Latin name ("Joyfull" / ジョイフル -> "joifr") while short names that share
   * only consonants differ ("Sony" / "Sunny"); "" when too short. See {@link VowelKeys}.
   */
  public String vowelKey() {
    return VowelKeys.of(tokens);
  }

  /**
   * What a short name's sound key carries beside its skeleton: its {@link #vowelKey}, or for a name
   * written in an abjad, and for a Latin name of an account in a country whose names are written in
   * one ({@code country} ISO alpha-2, or null), its {@link AbjadKeys abjad key}: the only key the two
   * spellings can share ("Itamar Medical" / "אטמר מדכל"), marked "a:" so it never equals a vowel
   * key; the vowel key when the abjad key would be too short; "" when the name has neither. The
   * trade: such a Latin name's vowels no longer meet a Cyrillic or Japanese spelling's, nor a Hebrew
   * name's of an account outside those countries or without one its Latin spelling's (abjads rarely
   * did: "PolyPid" / "פליפד").
   */
  public String shortNameKey(String country) {
    if (abjad || (!nonLatin && country != null && AbjadKeys.ABJAD_COUNTRIES.contains(country))) {
      String key = AbjadKeys.of(tokens);
      if (!key.isEmpty()) {
        return "a:" + key;
      }
    }
    return vowelKey();
  }

  /**
   * Whether the name without the given words has a {@link #phoneticKey}: whether "Hyundai Steel"
   * sounds rare once the descriptor "steel" is set aside. Builds no string.
   */
  public boolean hasPhoneticKeyWithout(java.util.function.Predicate<String> word) {
    return PhoneticKeys.hasKey(tokens, word);
  }

  /**
   * The consonants of the name's {@link #skeleton} without the given words and without its mark of a
   * leading vowel, however few: what an abjad's spelling shares with the Latin one once the
   * descriptors are set aside ("bank hpwlym" / "Bank Hapoalim": "prm", where Bank Leumi has "rm").
   */
  public String consonantsWithout(java.util.function.Predicate<String> word) {
    return Skeletons.consonants(tokens, word);
  }

  /** The length of the name's {@link #skeleton} without the given words, however short. */
  public int skeletonLengthWithout(java.util.function.Predicate<String> word) {
    return Skeletons.length(tokens, word);
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }
}
