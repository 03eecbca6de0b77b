package io.venn.encode;

import io.venn.normalize.CompanyName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Short forms of a name that a whole-word comparison cannot see: the initials of a name of several
 * words, and the name itself when it is written as an initialism, so "IBM" meets "International
 * Business Machines" and "TEB" meets "Türk Ekonomi Bankası".
 *
 * <p>Initialisms often spell the legal form too ("BPCL" is Bharat Petroleum Corporation Limited,
 * "TSMC" Taiwan Semiconductor Manufacturing Company), so a name's initials come with those letters
 * as well ({@link #initialsWithForms}), and a compound word's second part its own letter ("SWM",
 * Stadtwerke München: {@link #compoundInitials}); and an initialism is often followed by descriptor words
 * ("DBS Bank", "UBS Group"), which {@link #acronymBeforeDescriptors} looks past, or by other words
 * its long form ends with ("FS Italiane" / "Ferrovie dello Stato Italiane"), which {@link
 * #acronymBeforeWords} spells with their initials.
 */
final class NameKeys {
  /** Words an initialism usually skips: {@link CompanyName#INITIALISM_SKIPS}. */
  private static final Set<String> SKIPPED = CompanyName.INITIALISM_SKIPS;

  /** An initialism has at least two letters and not many more. */
  static final int MIN_LETTERS = 2;
  static final int MAX_LETTERS = 6;

  /**
   * Legal forms, as {@code CompanyName#legalForms} gives them, whose letter initialisms spell:
   * "Corporation", "Company", "Limited" / "Ltd", "Berhad" / "Bhd". Not the abbreviations "Corp" and
   * "Co": "Hong Shing Building Co., Ltd." is not HSBC, and companies whose initialism has the
   * form's letter mostly write the form out; nor "Inc", "PLC", "AG".
   */
  private static final Set<String> SPELLED_FORMS = Set.of("corporation", "company", "ltd", "bhd");

  /** At most this many legal-form letters follow the initials ("bpcl": corporation, limited). */
  static final int MAX_FORM_LETTERS = 2;

  /**
   * Initials with legal-form letters count from four letters ("bpcl", "tsmc", "ntpc"): three
   * ("npc" for "Nxera Pharma Co.", "stl" for "Sterlite Technologies Limited") met other companies'
   * initialisms in one city in the generated lists (4 false matches in 20k x 20k, no true one).
   */
  static final int MIN_FORM_LETTERS = 4;

  /** A short word before descriptors is an initialism from three letters ("dbs bank"; not "hm exploration"). */
  static final int MIN_WORD_BEFORE_DESCRIPTORS = 3;

  private NameKeys() {}

  /**
   * The name's {@link #initials}, then those initials followed by the first letter of each of the
   * name's first legal forms, one and two of them, while they are forms initialisms spell ({@link
   * #SPELLED_FORMS}), of {@link #MIN_FORM_LETTERS} to {@link #MAX_LETTERS} letters: "Bharat Petroleum
   * Corporation Limited" gives bp and bpcl ("bpc" is too short), "Tenaga Nasional Berhad" only tn;
   * then its {@link #compoundInitials} when they differ; none when the name has no initials.
   *
   * @param legalForms the name's legal forms in name order, as {@code CompanyName#legalForms} gives them
   */
  static List<String> initialsWithForms(List<String> words, List<String> legalForms) {
    String initials = initials(words);
    if (initials.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(MAX_INITIALS);
    out.add(initials);
    StringBuilder letters = new StringBuilder(initials);
    for (String form : legalForms) {
      if (letters.length() - initials.length() >= MAX_FORM_LETTERS || !SPELLED_FORMS.contains(form)
          || letters.length() >= MAX_LETTERS) {
        break;
      }
      letters.append(form.charAt(0));
      if (letters.length() >= MIN_FORM_LETTERS) {
        out.add(letters.toString());
      }
    }
    String compound = compoundInitials(words);
    if (!compound.isEmpty() && !out.contains(compound)) {
      out.add(compound);
    }
    return out;
  }

  /** Initials tokens a name can have: its initials, with one and two legal forms' letters, its {@link #compoundInitials}, and the initialism it states (AccountEncoder). */
  static final int MAX_INITIALS = 3 + MAX_FORM_LETTERS;

  /**
   * Second parts of compound words that initialisms spell with their own letter, longer ones first:
   * "Stadtwerke München" is SWM, "Danske Statsbaner" DSB, "Schweizerische Bundesbahnen" SBB,
   * "Magyar Államvasutak" MÁV, "Badische Anilin- und Sodafabrik" BASF. German, Nordic and Hungarian
   * write a company's words as one ("werke", "bahnen", "baner", "vasutak"), their initialisms do not.
   */
  private static final List<String> COMPOUND_HEADS = List.of("gesellschaft", "versicherung", "fabriken", "betriebe",
      "vasutak", "bahnen", "fabrik", "verket", "werke", "baner", "banen", "bahn", "werk", "verk");

  /** Letters a compound word keeps before its head: "stadtwerke" splits, "werke" and "stawerke" do not. */
  private static final int MIN_COMPOUND_FIRST = 4;

  /**
   * The name's initials with each compound word ending in a {@link #COMPOUND_HEADS} head giving two
   * letters ("stadtwerke munchen": swm), 3 to {@link #MAX_LETTERS} letters; "" when no word is such a
   * compound or the name has no initials of two words.
   */
  static String compoundInitials(List<String> words) {
    if (initials(words).isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    boolean split = false;
    for (int i = 0; i < words.size(); i++) {
      if (CompanyName.skippedByInitials(words, i)) {
        continue;
      }
      String w = words.get(i);
      out.append(w.charAt(0));
      for (String head : COMPOUND_HEADS) {
        if (w.endsWith(head) && w.length() - head.length() >= MIN_COMPOUND_FIRST) {
          out.append(head.charAt(0));
          split = true;
          break;
        }
      }
    }
    return split && out.length() <= MAX_LETTERS ? out.toString() : "";
  }

  /** First letters of the name's words (skipping "and", "of"...), when there are 2 to 6 of them; else "". */
  static String initials(List<String> words) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (CompanyName.skippedByInitials(words, i)) {
        continue;
      }
      if (!Character.isLetter(w.charAt(0))) {
        return "";
      }
      out.append(w.charAt(0));
      count++;
    }
    return count >= MIN_LETTERS && count <= MAX_LETTERS && words.size() >= 2 ? out.toString() : "";
  }

  /**
   * The first word of a name that is an initialism followed by descriptor words only ("dbs bank",
   * "ubs group": "dbs", "ubs"), that word of 3 to 6 letters and no descriptor itself; else "". Weaker
   * than {@link #acronym(List)}: it counts only beside a word the names share ({@code NameLevels}).
   */
  static String acronymBeforeDescriptors(List<String> words, Predicate<String> descriptor) {
    if (words.size() < 2) {
      return "";
    }
    String first = words.get(0);
    return isLetters(first, MIN_WORD_BEFORE_DESCRIPTORS) && !descriptor.test(first)
        && words.subList(1, words.size()).stream().allMatch(descriptor) ? first : "";
  }

  /**
   * An initialism followed by words, spelt out with those words' initials: "FS Italiane" is "fsi",
   * the initials of "Ferrovie dello Stato Italiane"; "BNP Paribas" "bnpp", "EMT Madrid" "emtm". The
   * first word has {@value #MIN_LETTERS} to {@value #MAX_INITIALISM_WORD} letters and is no
   * descriptor, connecting word or article ("de beers", "al futtaim"), and some word after it is no
   * descriptor: an initialism before descriptors only is {@link #acronymBeforeDescriptors}'s, with
   * its three-letter bound ("HM Exploration", "GE Capital" are no initialisms of long names).
   * "" when the letters would be more than {@link #MAX_LETTERS}. Counts only beside a word the two
   * names share, as {@link #acronymBeforeDescriptors} does.
   */
  static String acronymBeforeWords(List<String> words, Predicate<String> descriptor) {
    if (words.size() < 2) {
      return "";
    }
    String first = words.get(0);
    if (!isLetters(first, MIN_LETTERS) || first.length() > MAX_INITIALISM_WORD || descriptor.test(first)
        || SKIPPED.contains(first) || CompanyName.INNER_INITIALISM_SKIPS.contains(first) || ARTICLES.contains(first)) {
      return "";
    }
    StringBuilder out = new StringBuilder(first);
    boolean brandWord = false;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (CompanyName.skippedByInitials(words, i)) {
        continue;
      }
      if (!Character.isLetter(w.charAt(0)) || out.length() == MAX_LETTERS) {
        return "";
      }
      brandWord |= !descriptor.test(w);
      out.append(w.charAt(0));
    }
    return brandWord ? out.toString() : "";
  }

  /** Arabic and Spanish articles that begin names ("Al Futtaim", "El Puerto"): no initialisms. */
  private static final Set<String> ARTICLES = Set.of("al", "el");

  /** The longest first word read as an initialism before other words. */
  static final int MAX_INITIALISM_WORD = 4;

  /** Whether {@code w} is {@code min} to {@link #MAX_LETTERS} letters. */
  private static boolean isLetters(String w, int min) {
    return w.length() >= min && w.length() <= MAX_LETTERS && w.chars().allMatch(Character::isLetter);
  }

  /**
   * The name as an initialism: one word of 2 to 6 letters ("ibm"), or single letters ("g e" -> "ge",
   * "P&G" folded to "p and g" -> "pg", as initials skip "and"); else "".
   */
  static String acronym(List<String> words) {
    if (words.size() == 1) {
      String w = words.get(0);
      return isLetters(w, MIN_LETTERS) ? w : "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.length() > 1 && CompanyName.skippedByInitials(words, i)) {
        continue; // "and", not the letter "e" of "A&E"
      }
      if (w.length() != 1 || !Character.isLetter(w.charAt(0))) {
        return "";
      }
      out.append(w);
    }
    return out.length() >= MIN_LETTERS && out.length() <= MAX_LETTERS ? out.toString() : "";
  }
}
