package io.venn.normalize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Security descriptors that listings append to company names ("SP.ADR 1", "INH", "CL.A",
 * "DL-,001"): matched at the end of a folded name, from {@code listing-suffixes.txt}.
 */
final class ListingSuffixes {
  private static final int MAX_NUMBERS = 3;
  private static final TokenTrie<Boolean> FIXED = new TokenTrie<>();
  /** Words that take a following number or letter: "cl a", "dl 01". */
  private static final Set<String> NUMBERED = new HashSet<>();

  static {
    for (String line : Resources.lines("listing-suffixes.txt")) {
      if (line.endsWith(" {n}")) {
        NUMBERED.add(line.substring(0, line.length() - 4));
      } else {
        FIXED.putIfAbsent(TextFolding.tokens(line), true, Boolean.TRUE);
      }
    }
  }

  private ListingSuffixes() {}

  /** How many tokens at the end of tokens[from, to) are a listing suffix; 0 when none. Never all of them. */
  static int atEnd(List<String> tokens, int from, int to) {
    TokenTrie.Match<Boolean> fixed = FIXED.longest(tokens, from, to, true, v -> true);
    if (fixed != null) {
      return fixed.length();
    }
    int numbered = numberedAtEnd(tokens, from, to);
    if (numbered == 0 && to - from > 1 && isParValue(tokens.get(to - 1))) {
      return 1;
    }
    return numbered;
  }

  /** "cl a", "dl 01", "sp adr 1": a word of {@link #NUMBERED} then numbers or a letter; 0 when none. */
  private static int numberedAtEnd(List<String> tokens, int from, int to) {
    int numbers = 0;
    while (numbers < MAX_NUMBERS && to - numbers - 1 > from && isNumber(tokens.get(to - 1 - numbers))) {
      numbers++;
    }
    if (numbers == 0 && to - from > 2 && tokens.get(to - 1).length() == 1) {
      numbers = 1; // a share-class letter: "cl a"
    }
    int word = to - 1 - numbers;
    if (numbers == 0 || word <= from || !NUMBERED.contains(tokens.get(word))) {
      return 0;
    }
    TokenTrie.Match<Boolean> before = FIXED.longest(tokens, from, to - numbers, true, v -> true);
    return numbers + (before == null ? 1 : before.length()); // "sp adr 1" as a whole
  }

  /** "0001", "00375": digits with a leading zero, as par values are written; never a year or "1". */
  private static boolean isParValue(String token) {
    return token.length() >= 3 && token.charAt(0) == '0' && isNumber(token);
  }

  private static boolean isNumber(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
