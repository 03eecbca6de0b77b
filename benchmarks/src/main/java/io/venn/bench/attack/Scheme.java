package io.venn.bench.attack;

import io.venn.encode.EncodedAccount;
import io.venn.normalize.CanonicalAccount;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * An encoding scheme as an attacker who knows the algorithm (not the secret) models it: for each
 * feature of a record, the plaintext that was keyed into each token. Both schemes are public code,
 * so the attacker can compute these keys for any public company; the secret only hides which token
 * is which key.
 */
enum Scheme {
  /** Today's encoding: one token per word and feature, a country token, a city token. */
  CURRENT {
    @Override
    String[][] keys(CanonicalAccount a) {
      List<String> w = a.name().tokens();
      String[][] k = new String[Feature.values().length][];
      // words keyed in English, their spelling features as written (AccountEncoder)
      k[Feature.NAME.ordinal()] = a.name().wordsInEnglish().stream().map(x -> "n:" + x).toArray(String[]::new);
      k[Feature.PHONETIC.ordinal()] = w.stream().map(x -> "p:" + phonetic(x)).toArray(String[]::new);
      k[Feature.PREFIX.ordinal()] = w.stream().map(x -> "x:" + (x.length() > 3 ? x.substring(0, 3) : x)).toArray(String[]::new);
      k[Feature.STEM.ordinal()] = w.stream().map(x -> x.length() < 5 ? null : "x5:" + x.substring(0, 5)).toArray(String[]::new);
      k[Feature.LETTERS.ordinal()] = w.stream().map(x -> x.length() < 5 ? null : "s:" + letterSet(x)).toArray(String[]::new);
      k[Feature.COUNTRY.ordinal()] = new String[] {a.country() == null ? null : "c:" + a.country()};
      k[Feature.CITY.ordinal()] = new String[] {a.city() == null ? null : "t:" + a.city()};
      return k;
    }
  },
  /** The blind profile: common words keyed with the first word; country and city too. */
  BLIND {
    @Override
    String[][] keys(CanonicalAccount a) {
      List<String> w = a.name().tokens();
      int n = w.size();
      String anchor = n == 0 ? "" : "|" + prefix(w.get(0));
      String[][] k = new String[Feature.values().length][];
      String[] name = new String[n];
      String[] prefix = new String[n];
      String[] stem = new String[n];
      String[] letters = new String[n];
      List<String> english = a.name().wordsInEnglish();
      for (int i = 0; i < n; i++) {
        String x = w.get(i);
        String e = english.get(i);
        if (!COMMON.contains(e)) {
          name[i] = "U|" + e;
        } else {
          name[i] = "A|" + e + (i > 0 ? anchor : "|" + (n > 1 ? prefix(w.get(1)) : ""));
        }
        prefix[i] = i == 0 ? null : "X|" + prefix(x) + anchor;
        stem[i] = x.length() < 5 ? null : "S|" + x.substring(0, 5) + anchor;
        letters[i] = x.length() < 5 ? null : "L|" + letterSet(x) + anchor;
      }
      k[Feature.NAME.ordinal()] = name;
      k[Feature.PHONETIC.ordinal()] = new String[n];
      k[Feature.PREFIX.ordinal()] = prefix;
      k[Feature.STEM.ordinal()] = stem;
      k[Feature.LETTERS.ordinal()] = letters;
      // as the encoder names a site (brand TLDs, hyphens), so the key classes are the real tokens'
      String label = a.domain() == null ? null : io.venn.encode.DomainLabels.of(a.domain());
      k[Feature.COUNTRY.ordinal()] = new String[] {a.country() == null || label == null ? null : "C|" + a.country() + "|" + label};
      k[Feature.CITY.ordinal()] = new String[] {a.city() == null ? null : "T|" + a.city() + anchor};
      return k;
    }
  };

  /** Features an encoded record shows, each a token array (word-aligned for the first five). */
  enum Feature {
    NAME, PHONETIC, PREFIX, STEM, LETTERS, COUNTRY, CITY;

    boolean perWord() {
      return ordinal() <= LETTERS.ordinal();
    }
  }

  /** Per feature, the plaintext behind each token of {@link #tokens}, {@code null} where the token is missing. */
  abstract String[][] keys(CanonicalAccount a);

  /** Per feature, the tokens of an encoded record, 0 where missing; flag bits that are not identity are cleared. */
  static long[][] tokens(EncodedAccount a) {
    long[] prefix = a.prefixTokens().clone();
    for (int i = 0; i < prefix.length; i++) {
      prefix[i] &= ~io.venn.encode.AccountEncoder.PREFIX_FLAGS; // the word's kind: the same prefix either way
    }
    return new long[][] {
      a.nameTokens(), a.phoneticTokens(), prefix, a.stemTokens(), a.letterTokens(), {a.country()}, {a.city()}
    };
  }

  /** Words the blind profile counts as common: the background vocabulary is shipped in the public jar. */
  static final Set<String> COMMON = commonWords();

  private static Set<String> commonWords() {
    Set<String> words = new HashSet<>();
    try (InputStream in = io.venn.encode.EncodedAccount.class.getResourceAsStream("background-vocabulary.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0 && !line.startsWith("*")
            && Integer.parseInt(line.substring(tab + 1).trim()) >= io.venn.encode.BlindProfile.COMMON_WORD_MIN) {
          words.add(line.substring(0, tab));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }

  private static String prefix(String word) {
    return word.length() > 3 ? word.substring(0, 3) : word;
  }

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  static String phonetic(String word) {
    if (word.length() < 3 || !Character.isLetter(word.charAt(0))) {
      return word;
    }
    String code = METAPHONE.doubleMetaphone(word);
    return code == null || code.isEmpty() ? word : code;
  }

  static String letterSet(String word) {
    return word.chars().sorted().distinct().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }
}
