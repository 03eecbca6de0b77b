package io.venn.encode;

/**
 * A city's token ({@link EncodedAccount#city}): its folded name keyed in the low {@value
 * #NAME_BITS} bits and its consonants in the others, so that two records agree on the city when
 * their tokens are equal, and a city romanized from another script agrees with its English
 * spelling by the consonants alone ({@link #sameSound}): "Երևան" is read "erewan", CRMs in English
 * write "Yerevan"; "ראשון לציון" "rswn lzywn", "Rishon LeZion"; "الرباط" "alrbat", "Rabat".
 */
public final class CityKeys {
  private CityKeys() {}

  private static final int NAME_BITS = 16;
  private static final long NAME_MASK = (1L << NAME_BITS) - 1;
  /** Fewer consonants than this say too little: the whole name stands in for them. */
  private static final int MIN_CONSONANTS = 2;

  static long token(String city, TokenHash tokens) {
    long sound = tokens.token("ts:" + consonants(city)) & ~NAME_MASK;
    long name = tokens.token("t:" + city) & NAME_MASK;
    long token = sound | name;
    return token == 0 ? 1 : token;
  }

  /** Whether two city tokens have the same consonants ({@link #consonants}), whatever their spelling. */
  public static boolean sameSound(long cityA, long cityB) {
    return cityA != 0 && (cityA & ~NAME_MASK) == (cityB & ~NAME_MASK);
  }

  /**
   * The first letter and the consonants of a folded city, as romanizations of one name share them:
   * the Arabic article dropped; vowels and the letters romanizations write for vowels or not at all gone ("y", "h", and
   * "v" and "w": Hebrew ו and Armenian ւ are read "w" for "o" and "v"); a consonant written again
   * after them once ("Maroussi" / "marousi", "Addis" / "adis", "Bhubaneswar" / "bhuvaneshvar"); the
   * whole name when fewer than {@value #MIN_CONSONANTS} are left ("Hohhot" keeps "hohhot").
   */
  static String consonants(String city) {
    int from = city.startsWith("al ") ? 3 : city.startsWith("al") && city.length() > 5 ? 2 : 0;
    StringBuilder out = new StringBuilder(city.length() + 1);
    out.append(firstLetter(city, from));
    char last = 0;
    for (int i = from; i < city.length(); i++) {
      char c = city.charAt(i);
      if (c < 'a' || c > 'z' || "aeiouyhvw".indexOf(c) >= 0 || c == last) {
        continue;
      }
      out.append(c);
      last = c;
    }
    return out.length() - 1 < MIN_CONSONANTS ? city : out.toString();
  }

  /**
   * The first letter from {@code from}, a leading "y" or "h" skipped ("Yerevan" / "erewan"): with the
   * consonants alone, two cities of one country agreed ("Osaka" / "sakai" 堺, "Suwon" / "Asan").
   */
  private static char firstLetter(String city, int from) {
    for (int i = from; i < city.length(); i++) {
      char c = city.charAt(i);
      if (c >= 'a' && c <= 'z' && c != 'y' && c != 'h') {
        return c;
      }
    }
    return '-';
  }
}
