package io.venn.compare;

import io.venn.block.TokenStatistics;
import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;

/**
 * Picks the level two names reach, strongest first: {@link #SAME_WORDS}, {@link #CONTAINS}, {@link
 * #CLOSE_SPELLING}, {@link #INITIALS}, {@link #SOUNDS_ALIKE}, {@link #SOUNDS_ALIKE_SHORTER}, {@link
 * #TRANSLITERATED}, {@link #SOME_WORDS_DIFFER}, {@link #NOTHING_SHARED}. The word levels carry the rarity of the words (shared
 * words for, unshared ones against): "Acme" and "Acme" agree by chance far less often than "Bank" and
 * "Bank".
 *
 * <p>The sound levels ({@link #SOUNDS_ALIKE}, {@link #SOUNDS_ALIKE_SHORTER}, {@link #TRANSLITERATED})
 * come from the whole name's sound key ({@link AccountEncoder.SoundKey}) and stand in for the word levels that say less:
 * a native-script name romanized word by word often shares a short word with its Latin spelling
 * ("al", "thai", "group") and nothing else, which the word levels count against the pair.
 */
public final class NameLevels implements LevelComparator {
  public static final int SAME_WORDS = 0;
  public static final int CONTAINS = 1;
  public static final int CLOSE_SPELLING = 2;
  public static final int INITIALS = 3;
  /** A long name's phonetic key agrees: weaker than shared words, far rarer by chance than a skeleton. */
  public static final int SOUNDS_ALIKE = 4;
  /**
   * A shorter phonetic key, a long skeleton or a short name's vowel key (or abjad key: {@link
   * io.venn.normalize.CompanyName#shortNameKey}) agrees: decides only with more evidence (a city).
   */
  public static final int SOUNDS_ALIKE_SHORTER = 5;
  /** A short name's consonant skeleton agrees: weak evidence, "Sony" and "Sanyo" share it. */
  public static final int TRANSLITERATED = 6;
  public static final int SOME_WORDS_DIFFER = 7;
  public static final int NOTHING_SHARED = 8;

  /** Each unit of rarity in words only one name has counts against, by this factor... */
  static final double UNMATCHED = 0.4;
  /**
   * ...but less when one name contains the other ("Tesco Express" / "Tesco"): extra words are often
   * branch or division labels. Not when the shared words are only common ones and the extra word is
   * rarer ({@link NameSimilarity#genericShared}): 中国银行 "china bank" is not "China Construction Bank".
   */
  static final double UNMATCHED_CONTAINED = 0.15;
  /**
   * The evidence of an agreeing sound key across scripts, {@link #SOUNDS_ALIKE_SHORTER} and {@link
   * #SOUNDS_ALIKE}: their hand-set weights in model.json ({@code NameLevelsTest} keeps them equal).
   * Word levels that agree only in part and say less give way to them; one that says more ("dod
   * biotech" / "DOD Biotech", two rare words) stays.
   */
  static final double SOUND_EVIDENCE_SHORTER = 5.52;
  static final double SOUND_EVIDENCE_LONG = 6.21;

  private static double soundEvidence(int soundLevel) {
    return soundLevel == SOUNDS_ALIKE ? SOUND_EVIDENCE_LONG : SOUND_EVIDENCE_SHORTER;
  }
  /** Names this close letter for letter, words aside, are one name spelt two ways ("Onoken" / "Ooken"). */
  static final double CLOSE_SPELLING_DICE = 0.6;

  private final NameComparator names = new NameComparator();

  @Override
  public Observation observe(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb, TokenStatistics stats) {
    if (a.nameTokens().length == 0 || b.nameTokens().length == 0) {
      return Observation.MISSING_VALUE;
    }
    NameSimilarity s = names.compare(a, wa, b, wb, stats::isCommonWord);
    boolean sameSound = AccountEncoder.sameSound(a.skeleton(), b.skeleton());
    // A short name's vowel key counts across scripts only, like the levels it gives.
    boolean sameVowels = AccountEncoder.sameVowels(a.skeleton(), b.skeleton());
    // Only across scripts: two Latin spellings that share no word but sound alike ("Alpha Zulu" /
    // "Bravo Zulu": "b s", as l, r and vowels go) are two names; a romanization is one name.
    boolean acrossScripts = (sameSound || sameVowels) && AccountEncoder.acrossScripts(a.skeleton(), b.skeleton());
    int soundLevel = !acrossScripts ? TRANSLITERATED
        // a short name's consonants and vowels: "Joyfull" / ジョイフル, as rare by chance as a long key
        : sameVowels ? SOUNDS_ALIKE_SHORTER
        : switch (AccountEncoder.SoundKey.stronger(a.skeleton(), b.skeleton())) {
          case LONG_PHONETIC -> SOUNDS_ALIKE;
          case PHONETIC, LONG_SKELETON -> SOUNDS_ALIKE_SHORTER;
          // descriptors make the key: the brand's sound must agree too ("Nitori" / "Natori Holdings")
          case COMMON_PHONETIC -> AccountEncoder.sameBrandSound(a.skeleton(), b.skeleton()) ? SOUNDS_ALIKE_SHORTER : TRANSLITERATED;
          default -> TRANSLITERATED;
        };
    if (s.shared() <= 0) {
      if (initialism(a, b, false) || initialism(b, a, false)) {
        return Observation.at(INITIALS, s.similarity());
      }
      // Between two Latin names only an equal consonant skeleton is a transliteration; the coarser
      // phonetic key merges too much ("Metro Bank" / "Madrid Pink": both "mtbnk").
      if (acrossScripts || (sameSound && isSkeleton(a.skeleton()))) {
        return Observation.at(soundLevel, s.similarity());
      }
      return Observation.at(NOTHING_SHARED, s.similarity());
    }
    double unmatched = s.unmatchedLeft() + s.unmatchedRight();
    double rarity = s.shared() - (s.contained() && !s.genericShared() ? UNMATCHED_CONTAINED : UNMATCHED) * unmatched;
    int level = unmatched < 1e-9 ? SAME_WORDS
        : s.contained() ? CONTAINS
        : s.dice() >= CLOSE_SPELLING_DICE ? CLOSE_SPELLING
        : SOME_WORDS_DIFFER;
    if (level == SOME_WORDS_DIFFER && (initialism(a, b, true) || initialism(b, a, true))) {
      // "P&G" / "Procter & Gamble": an initialism of the other name, beside the small word they share ("and")
      return Observation.at(INITIALS, s.similarity());
    }
    if (acrossScripts && level == SOME_WORDS_DIFFER) {
      // "Thai Nippon Rubber Industry" / "thai ni p po nrbbe rin dstry": one word shared, the rest
      // romanized apart; the whole name's sound says more than the words
      return Observation.at(soundLevel, s.similarity());
    }
    boolean oneInAnotherScript = AccountEncoder.isNonLatin(a.skeleton()) != AccountEncoder.isNonLatin(b.skeleton());
    if (acrossScripts && soundLevel != TRANSLITERATED && (level == CLOSE_SPELLING
        || (oneInAnotherScript && (level == CONTAINS || !s.spelledAlike()) && rarity < soundEvidence(soundLevel)))) {
      // The whole names sound the same, while their words, romanized apart, agree only in part: a
      // "close spelling" always; with exactly one name in another script, a "contains" (セガサミー
      // "segasami" meets "Sega" by its first letters, leaving "Sammy" over) or words met only by a fallback ("Ростелеком"
      // "rostelekom" meets "Rostelecom" by its stem, at half weight) that say less than the sound
      return Observation.at(soundLevel, s.similarity());
    }
    return new Observation(level, s.similarity(), rarity);
  }

  /**
   * Whether {@code shortForm}'s acronym spells {@code longForm}'s initials; an initialism before
   * descriptor words ("DBS Bank") only with a word shared beside it ("Development Bank of
   * Singapore"): without one, "ACE Technologies" would meet "Asia Cargo Express" on initials alone.
   */
  private static boolean initialism(EncodedAccount shortForm, EncodedAccount longForm, boolean wordShared) {
    return AccountEncoder.spellsInitials(shortForm.acronym(), longForm.initials())
        && (wordShared || !AccountEncoder.isBeforeDescriptors(shortForm.acronym()));
  }

  private static boolean isSkeleton(long soundKey) {
    AccountEncoder.SoundKey kind = AccountEncoder.SoundKey.of(soundKey);
    return kind == AccountEncoder.SoundKey.SKELETON || kind == AccountEncoder.SoundKey.LONG_SKELETON;
  }
}
