package io.venn.compare;

import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;
import io.venn.encode.NameFilter;
import java.util.function.LongPredicate;

/**
 * Compares names by their keyed words, weighted by rarity, with fallbacks for words that are spelt
 * differently: the same set of letters ("Itelligence" / "Intelligence"), the same first five letters
 * ("Therapeu" / "Therapeutics"), a short abbreviation's first three ("Res." / "Resources"), across
 * scripts the same sound, and, when the whole names' bigram filters are close, credit for the
 * remaining words as likely typos ("Microsfot"); a name's first two words run together meet the
 * other name's word ("Coca Cola" / "CocaCola", {@link EncodedAccount#joined}). Stateless and thread-safe.
 */
public final class NameComparator {
  /** A word that only shares its first letters with the other ("Res." / "Resources")... */
  static final double PREFIX_FACTOR = 0.5;
  /** ...or its set of letters ("Itelligence" / "Intelligence"): weaker evidence than the same spelling. */
  static final double LETTER_SET_FACTOR = 0.6;
  /**
   * Prefix agreement counts only when the names are also close letter for letter. (Sound-alike codes
   * between two Latin names were tried here too and dropped: Double Metaphone makes "Glaukos" sound
   * like "Calix" and "Etalon" like "Atlinks", while typo credit below already covers "Smyth" /
   * "Smith". They serve blocking, and across scripts {@link #SOUND_FACTOR}.)
   */
  static final double SPELLING_GATE_DICE = 0.5;
  /**
   * Shared words after the rarest count at this fraction: the words of one name are not independent
   * evidence ("Real Estate Investment" travel together).
   */
  static final double FURTHER_WORD_FACTOR = 0.35;
  /**
   * The most a name's shared words can say: as much as one word rare everywhere. Several rare words
   * ("Archer Daniels Midland") are still one name, and must not outweigh a different website and city.
   */
  static final double MAX_SHARED = 9.0;
  /**
   * Dice at which, with every other word agreeing, the last differing word on each side counts as one
   * misspelt word: one typo keeps about 0.95, one different word ("Emerald" / "Arab Real Estate
   * Investment") stays near 0.85.
   */
  static final double ONE_WORD_TYPO_DICE = 0.90;
  /**
   * A word of a name in another script that sounds like a word of the Latin name counts this much:
   * weaker than the same spelling, as Double Metaphone merges much ("Glaukos" / "Calix").
   */
  static final double SOUND_FACTOR = 0.5;
  /** Dice from which unmatched words start to count as misspellings of each other. */
  static final double TYPO_DICE = 0.70;

  /**
   * @param wa the rarity weight of each of {@code a}'s name words
   * @param wb likewise for {@code b}
   */
  public NameSimilarity compare(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb) {
    return compare(a, wa, b, wb, token -> false);
  }

  /**
   * @param commonWord whether a name token is a common word among company names ({@link
   *     io.venn.block.TokenStatistics#isCommonWord}): words that agree but are all common say little
   *     about the rest of the names
   */
  public NameSimilarity compare(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb, LongPredicate commonWord) {
    long[] ta = a.nameTokens();
    long[] tb = b.nameTokens();
    double dice = NameFilter.dice(a.nameFilter(), b.nameFilter());
    if (ta.length == 0 || tb.length == 0) {
      return new NameSimilarity(0, sum(wa), sum(wb), false, dice, false, false);
    }
    // Bit masks of matched words; names longer than 64 words are truncated for matching.
    long matchedA = 0;
    long matchedB = 0;
    Shared shared = new Shared();
    int na = Math.min(ta.length, 64);
    int nb = Math.min(tb.length, 64);
    boolean spelledAlike = false; // some word agrees as spelled, not only by a spelling fallback
    boolean byStem = false; // some word agrees only by its first five letters
    for (int pass : passes(a, b, dice)) {
      if (pass == SOUND_PASS && matchedA == 0) {
        break; // sound alone is the whole name's sound levels' call (NameLevels), not the words'
      }
      long[] xa = tokensOf(a, pass);
      long[] xb = tokensOf(b, pass);
      for (int i = 0; i < na; i++) {
        if ((matchedA & (1L << i)) != 0) {
          continue;
        }
        for (int j = 0; j < nb; j++) {
          if ((matchedB & (1L << j)) == 0 && agree(pass, xa[i], xb[j])) {
            matchedA |= 1L << i;
            matchedB |= 1L << j;
            shared.add(PASS_FACTORS[pass] * Math.min(wa[i], wb[j]));
            byStem |= pass == STEM_PASS;
            break;
          }
        }
      }
      if (pass == 0) {
        // Two words run together as one ("Exxon Mobil" / "ExxonMobil", "Wal-Mart Stores" /
        // "Walmart"), before the spelling passes meet "exxon" by its first five letters
        int j = joinedWord(a, matchedA, tb, matchedB);
        if (j >= 0) {
          matchedA |= 3L;
          matchedB |= 1L << j;
          shared.add(Math.min(wa[0] + wa[1], wb[j]));
        }
        int i = joinedWord(b, matchedB, ta, matchedA);
        if (i >= 0) {
          matchedB |= 3L;
          matchedA |= 1L << i;
          shared.add(Math.min(wb[0] + wb[1], wa[i]));
        }
        spelledAlike = matchedA != 0;
      }
    }
    int leftA = na - Long.bitCount(matchedA);
    int leftB = nb - Long.bitCount(matchedB);
    int i = Long.numberOfTrailingZeros(~matchedA);
    int j = Long.numberOfTrailingZeros(~matchedB);
    if (matchedA != 0 && leftA == 1 && leftB == 1 && dice >= ONE_WORD_TYPO_DICE && (longWord(a, i) || longWord(b, j))
        && (!allCommon(ta, matchedA, commonWord) || alike(a, i, b, j))) {
      // Every word agrees but one on each side, and the names are nearly identical letter for
      // letter: the two leftovers are one word misspelt ("Hldings" / "Holdings"). Not two short
      // words: "CA Healthcare Acquisition" and "Healthcare AI Acquisition" differ in a whole word,
      // which in a long name barely moves the letters. When the words that agree are all common
      // ("Investment & Securities"), they make the names' letters alike whatever the brands are:
      // then the two words must also start or sound alike ("EBEST" / "Eugene" do neither).
      matchedA |= 1L << i;
      matchedB |= 1L << j;
      shared.rest += LETTER_SET_FACTOR * Math.min(wa[i], wb[j]);
    }
    double unmatchedA = unmatched(wa, matchedA);
    double unmatchedB = unmatched(wb, matchedB);
    if (matchedA == 0 && dice >= TYPO_DICE && unmatchedA > 0 && unmatchedB > 0) {
      // No word agrees, yet the names are close letter for letter ("Microsfot", "Mircosoft"): count
      // the smaller mass as agreeing in proportion to how close the letters are. Only when no word
      // agrees: shared words inflate whole-name Dice, and a misspelt word among shared ones usually
      // still meets its counterpart by its first three letters.
      double credit = Math.min(unmatchedA, unmatchedB) * (dice - TYPO_DICE) / (1 - TYPO_DICE);
      unmatchedA -= credit;
      unmatchedB -= credit;
      shared.add(credit);
    }
    // A word met only by its first five letters makes one name "contain" the other only when no
    // word is left over on either side: "Madhyanchal Gramin Bank" is not inside "Madhya Pradesh
    // Gramin Bank" (another regional bank), while "KANDI TECHNOL.GRP" is the whole of "Kandi
    // Technologies Group". Across scripts it still does: a romanization runs a brand's syllables
    // together ("haitiandiaowei" for 海天调味, "Haitian Flavouring").
    boolean contained = (Long.bitCount(matchedA) == na || Long.bitCount(matchedB) == nb)
        && !(byStem && Long.bitCount(matchedA) + Long.bitCount(matchedB) < na + nb
            && AccountEncoder.isNonLatin(a.skeleton()) == AccountEncoder.isNonLatin(b.skeleton()));
    boolean genericShared = matchedA != 0 && allCommon(ta, matchedA, commonWord)
        && rarest(wa, ~matchedA, wb, ~matchedB) > rarest(wa, matchedA, wb, matchedB);
    return new NameSimilarity(shared.total(), unmatchedA, unmatchedB, contained, dice, spelledAlike, genericShared);
  }

  /** The evidence of the words that agree: the strongest in full, the others at {@link #FURTHER_WORD_FACTOR}. */
  private static final class Shared {
    double best;
    double rest;

    void add(double w) {
      if (w > best) {
        rest += best;
        best = w;
      } else {
        rest += w;
      }
    }

    double total() {
      return Math.min(MAX_SHARED, best + FURTHER_WORD_FACTOR * rest);
    }
  }

  /**
   * The word of {@code other} that is {@code joined}'s first two words run together, both still
   * unmatched ({@link EncodedAccount#joined}), or -1.
   */
  private static int joinedWord(EncodedAccount joined, long matchedJoined, long[] other, long matchedOther) {
    if (joined.joined() == 0 || (matchedJoined & 3L) != 0) {
      return -1;
    }
    for (int j = 0; j < Math.min(other.length, 64); j++) {
      if ((matchedOther & (1L << j)) == 0 && other[j] == joined.joined()) {
        return j;
      }
    }
    return -1;
  }

  /** Evidence factor of each matching pass: same word, same letter set, same stem, abbreviation, same sound, begins (across scripts). */
  private static final double[] PASS_FACTORS = {1.0, LETTER_SET_FACTOR, PREFIX_FACTOR, PREFIX_FACTOR, SOUND_FACTOR, PREFIX_FACTOR};

  private static final int[] EXACT = {0};
  private static final int[] SPELLINGS = {0, 1, 2, 3};
  private static final int[] EXACT_AND_SOUND = {0, 4};
  // across scripts a short word may begin a longer one whatever its last letter (BEGINS_PASS)
  private static final int[] SPELLINGS_AND_SOUND = {0, 1, 2, 5, 4};

  /**
   * The passes two names get: the exact words; the spelling fallbacks when the names are close letter
   * for letter; and when one name is in another script, once some word agrees, the other words'
   * sound (their Double Metaphone codes of four sounds), since a name romanized letter by letter
   * spells a word as no company does ("sofutobanku group" / "SoftBank Group") while its sound stays.
   * Shorter codes do not count: "hyeondae", "Hyundai" and "Honda" are all HNT.
   */
  private static int[] passes(EncodedAccount a, EncodedAccount b, double dice) {
    boolean spellings = dice >= SPELLING_GATE_DICE;
    // exactly one name in another script: two names romanized alike agree by sound only by chance
    if (AccountEncoder.isNonLatin(a.skeleton()) == AccountEncoder.isNonLatin(b.skeleton())) {
      return spellings ? SPELLINGS : EXACT;
    }
    return spellings ? SPELLINGS_AND_SOUND : EXACT_AND_SOUND;
  }

  private static boolean agree(int pass, long x, long y) {
    if (pass == PREFIX_PASS) {
      return AccountEncoder.abbreviates(x, y);
    }
    if (pass == BEGINS_PASS) {
      return AccountEncoder.beginsAcrossScripts(x, y);
    }
    return x == y && x != 0 && (pass != SOUND_PASS || AccountEncoder.isLongSound(x));
  }

  private static final int STEM_PASS = 2;
  private static final int PREFIX_PASS = 3;
  private static final int SOUND_PASS = 4;
  private static final int BEGINS_PASS = 5;

  private static long[] tokensOf(EncodedAccount a, int pass) {
    return switch (pass) {
      case 0 -> a.nameTokens();
      case 1 -> a.letterTokens();
      case 2 -> a.stemTokens();
      case 3, 5 -> a.prefixTokens();
      default -> a.phoneticTokens();
    };
  }

  /** Whether word {@code i} of {@code a} and word {@code j} of {@code b} share their first three letters or their sound. */
  private static boolean alike(EncodedAccount a, int i, EncodedAccount b, int j) {
    long pa = a.prefixTokens()[i];
    long pb = b.prefixTokens()[j];
    long sa = a.phoneticTokens()[i];
    return AccountEncoder.samePrefix(pa, pb) || (sa != 0 && sa == b.phoneticTokens()[j]);
  }

  /** Whether word {@code i} of {@code a}'s name has five letters or more: only those get a stem token. */
  private static boolean longWord(EncodedAccount a, int i) {
    return a.stemTokens()[i] != 0;
  }

  private static double unmatched(float[] w, long matched) {
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      if (i >= 64 || (matched & (1L << i)) == 0) {
        sum += w[i];
      }
    }
    return sum;
  }

  /** Whether every word of {@code tokens} in {@code mask} (the first 64) is a common word. */
  private static boolean allCommon(long[] tokens, long mask, LongPredicate commonWord) {
    for (int i = 0; i < Math.min(tokens.length, 64); i++) {
      if ((mask & (1L << i)) != 0 && !commonWord.test(tokens[i])) {
        return false;
      }
    }
    return true;
  }

  /** The largest weight among the words of either name in its mask, or 0. */
  private static double rarest(float[] wa, long maskA, float[] wb, long maskB) {
    return Math.max(rarest(wa, maskA), rarest(wb, maskB));
  }

  /** The largest weight among the words in {@code mask} (the first 64), or 0. */
  private static double rarest(float[] w, long mask) {
    double max = 0;
    for (int i = 0; i < Math.min(w.length, 64); i++) {
      if ((mask & (1L << i)) != 0) {
        max = Math.max(max, w[i]);
      }
    }
    return max;
  }

  private static double sum(float[] w) {
    double s = 0;
    for (float x : w) {
      s += x;
    }
    return s;
  }
}
