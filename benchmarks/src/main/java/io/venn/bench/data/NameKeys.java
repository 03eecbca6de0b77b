package io.venn.bench.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generator's own notion of "the same name": distinctive words, lower-case ASCII, sorted, with
 * legal forms and generic business words removed. Two companies with one key would be ambiguous to
 * any matcher, so the generator never creates two different companies with the same key (except the
 * deliberate {@link HardNegativeKind#SAME_NAME_OTHER_WEBSITE} negatives).
 */
final class NameKeys {
  /** Business words that say little about which company it is; trailing ones may be dropped. */
  static final List<String> GENERIC = List.of(
      "Group", "Holdings", "Holding", "International", "Technologies", "Technology", "Systems", "Industries",
      "Solutions", "Services", "Partners", "Enterprises", "Resources", "Capital", "Global", "Ventures",
      "Manufacturing", "Logistics", "Consulting", "Labs", "Networks", "Software", "Foods", "Energy");
  private static final Set<String> IGNORED = Set.of(
      "group", "holdings", "holding", "international", "intl", "technologies", "technology", "tech", "systems",
      "industries", "solutions", "services", "partners", "enterprises", "resources", "capital", "global",
      "ventures", "manufacturing", "mfg", "logistics", "consulting", "labs", "networks", "software", "foods",
      "energy", "the", "and", "of", "de", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd",
      "limited", "llc", "plc", "ag", "sa", "nv", "bv", "se", "gmbh", "spa", "ab", "publ", "asa", "oyj", "as",
      "bhd", "berhad", "tbk", "pt", "pty", "proprietary", "persero", "class", "a", "b");

  private NameKeys() {}

  /** The distinctive-word key of a name ("acme" for "The ACME Group, Inc."); may be empty. */
  static String key(String name) {
    TreeSet<String> words = new TreeSet<>();
    for (String w : words(name)) {
      if (!IGNORED.contains(w)) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }

  /** Lower-case ASCII words of a name, diacritics removed. */
  static List<String> words(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    List<String> out = new ArrayList<>();
    for (String w : ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  static boolean isGeneric(String word) {
    return IGNORED.contains(word.toLowerCase(Locale.ROOT));
  }
}
