package io.venn.bench.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** The name-side variations; each returns the varied name, or {@code null} when not applicable. */
final class NameVariations {
  /** Full word and abbreviation, tried in this order (a List, not a Map: the order must not vary between JVMs). */
  private static final List<String[]> ABBREVIATIONS = List.of(
      new String[] {"International", "Intl"}, new String[] {"Manufacturing", "Mfg"},
      new String[] {"Technologies", "Tech"}, new String[] {"Technology", "Tech"}, new String[] {"Services", "Svcs"},
      new String[] {"Brothers", "Bros"}, new String[] {"Associates", "Assoc"}, new String[] {"Management", "Mgmt"},
      new String[] {"National", "Natl"}, new String[] {"Laboratories", "Labs"},
      new String[] {"Pharmaceuticals", "Pharma"}, new String[] {"Holdings", "Hldgs"}, new String[] {"Systems", "Sys"},
      new String[] {"Industries", "Inds"}, new String[] {"Development", "Dev"},
      new String[] {"Communications", "Comms"});
  private static final String ACCENTABLE = "aeiouc";
  private static final String ACCENTED = "áéíöüç";
  private static final String KEYBOARD_NEIGHBOURS = "qwertyuiopasdfghjklzxcvbnm";

  private NameVariations() {}

  static String apply(VariationKind kind, String name, String countryCode, SplittableRandom r) {
    return switch (kind) {
      case LEGAL_FORM -> LegalForms.change(name, countryCode, r);
      case CASE_PUNCTUATION -> casePunctuation(name, r);
      case DIACRITICS -> diacritics(name, r);
      case TYPO -> typo(name, r);
      case ABBREVIATION -> abbreviation(name);
      case WORD_DROP -> wordDrop(name);
      case THE_PREFIX -> name.regionMatches(true, 0, "The ", 0, 4) ? name.substring(4) : "The " + name;
      case AMPERSAND -> ampersand(name);
      default -> throw new IllegalArgumentException(kind + " is not a name variation");
    };
  }

  private static String casePunctuation(String name, SplittableRandom r) {
    String out = switch (r.nextInt(3)) {
      case 0 -> name.toUpperCase(Locale.ROOT);
      case 1 -> name.toLowerCase(Locale.ROOT);
      default -> name.replaceAll("[.,]", "").replaceAll("\\s+", " ");
    };
    if (out.equals(name)) {
      out = name.toUpperCase(Locale.ROOT).equals(name) ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
    }
    return out.equals(name) ? null : out;
  }

  private static String diacritics(String name, SplittableRandom r) {
    String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    if (!stripped.equals(name)) {
      return stripped;
    }
    // Accent one vowel of the longest word, as a French or German record of the company might.
    String[] words = name.split(" ");
    int best = longestWord(words, 4);
    if (best < 0) {
      return null;
    }
    String w = words[best];
    List<Integer> spots = new ArrayList<>();
    for (int i = 1; i < w.length(); i++) {
      if (ACCENTABLE.indexOf(w.charAt(i)) >= 0) {
        spots.add(i);
      }
    }
    if (spots.isEmpty()) {
      return null;
    }
    int at = spots.get(r.nextInt(spots.size()));
    char accented = ACCENTED.charAt(ACCENTABLE.indexOf(w.charAt(at)));
    words[best] = w.substring(0, at) + accented + w.substring(at + 1);
    return String.join(" ", words);
  }

  private static String typo(String name, SplittableRandom r) {
    String[] words = name.split(" ");
    int best = longestWord(words, 6);
    if (best < 0) {
      return null;
    }
    String w = words[best];
    int at = 1 + r.nextInt(w.length() - 2); // never the first letter: people get those right
    char c = w.charAt(at);
    String varied = switch (r.nextInt(4)) {
      case 0 -> w.substring(0, at) + neighbour(c, r) + w.substring(at + 1);
      case 1 -> w.substring(0, at) + w.substring(at + 1);
      case 2 -> w.substring(0, at) + c + w.substring(at);
      default -> w.substring(0, at) + w.charAt(at + 1) + c + w.substring(at + 2);
    };
    if (varied.equals(w)) {
      varied = w.substring(0, at) + w.substring(at + 1);
    }
    words[best] = varied;
    return String.join(" ", words);
  }

  private static char neighbour(char c, SplittableRandom r) {
    int i = KEYBOARD_NEIGHBOURS.indexOf(Character.toLowerCase(c));
    if (i < 0) {
      return 'e';
    }
    int j = i == KEYBOARD_NEIGHBOURS.length() - 1 ? i - 1 : i == 0 ? 1 : i + (r.nextBoolean() ? 1 : -1);
    char n = KEYBOARD_NEIGHBOURS.charAt(j);
    return Character.isUpperCase(c) ? Character.toUpperCase(n) : n;
  }

  /** The index of the longest purely alphabetic word of at least {@code min} letters, or -1. */
  private static int longestWord(String[] words, int min) {
    int best = -1;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.length() >= min && w.chars().allMatch(Character::isLetter) && !LegalForms.isLegalWord(w)
          && (best < 0 || w.length() > words[best].length())) {
        best = i;
      }
    }
    return best;
  }

  private static String abbreviation(String name) {
    for (String[] e : ABBREVIATIONS) {
      String full = e[0];
      String abbr = e[1];
      String expanded = replaceWord(name, abbr, full);
      if (expanded != null) {
        return expanded;
      }
      String shortened = replaceWord(name, full, abbr);
      if (shortened != null) {
        return shortened;
      }
    }
    return null;
  }

  private static String replaceWord(String name, String from, String to) {
    String[] words = name.split(" ");
    for (int i = 0; i < words.length; i++) {
      String bare = words[i].replaceAll("[.,]+$", "");
      if (bare.equalsIgnoreCase(from)) {
        String rest = words[i].substring(bare.length());
        words[i] = (Character.isUpperCase(bare.charAt(0)) ? to : to.toLowerCase(Locale.ROOT)) + rest;
        return String.join(" ", words);
      }
    }
    return null;
  }

  private static String wordDrop(String name) {
    String stem = LegalForms.stem(name);
    String suffix = name.substring(stem.length());
    String[] words = stem.split(" ");
    if (words.length < 2) {
      return null;
    }
    String last = words[words.length - 1];
    if (!NameKeys.GENERIC.contains(last)) {
      return null;
    }
    String rest = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
    if (NameKeys.key(rest).isEmpty()) {
      return null; // nothing distinctive would be left
    }
    return rest + suffix;
  }

  private static String ampersand(String name) {
    if (name.contains(" & ")) {
      return name.replace(" & ", " and ");
    }
    if (name.contains(" and ")) {
      return name.replace(" and ", " & ");
    }
    if (name.contains(" And ")) {
      return name.replace(" And ", " & ");
    }
    return null;
  }
}
