package io.venn.normalize;

import io.venn.normalize.LegalFormCatalog.LegalForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Company names to {@link CompanyName}: the distinguishing tokens and the legal forms removed.
 *
 * <p>Steps: listing markers dropped (SEC EDGAR's "CORNING INC /NY", "/DE/"; Swedish "(publ)");
 * text folded to ASCII tokens ({@link TextFolding}: NFKC, transliteration, case, punctuation,
 * "&" -> "and"); a leading "the" dropped; legal forms removed at the end, repeatedly ("Bank Central
 * Asia Tbk PT") together with listing words ("SP.ADR 1", "INH", "CL.A", "DL-,001"; see
 * listing-suffixes.txt), and at the start when they lead names ("PT", "OOO"); abbreviations expanded
 * ("intl" -> "international"). A name is never stripped to nothing: the last remaining token stays
 * even when it is a legal form ("The Limited" -> [limited]).
 *
 * <p>Thread-safe; the legal-form data is loaded on first use.
 */
public final class CompanyNames {
  /** EDGAR suffixes that follow a slash without a space ("Inc./DE", "Ltd./ADR", "COMPANY/MN"). */
  private static final Set<String> EDGAR_MARKERS = Set.of(
      "ADR", "ADS", "NEW", "OLD", "CAN", "FI", "CAYMAN",
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
      "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
      "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
      "WV", "WI", "WY", "PR", "ON", "BC", "AB", "QC");

  /** Shortest cut-off repetition of a name's first word taken as a repetition ("jinko", "logit"). */
  private static final int MIN_REPEAT = 4;

  private CompanyNames() {}

  /**
   * Normalizes one company name.
   *
   * @param raw the name as exported, may be {@code null}
   * @param country the account's ISO alpha-2 country or {@code null}; legal forms that are short and
   *     specific to a few countries ("Tbk", "OE") are only removed for those countries, and some leading
   *     ones ("AO", "AB") only where names start with them
   * @return the tokens and legal forms; {@link CompanyName#EMPTY} when the name has no letter or digit
   */
  public static CompanyName parse(String raw, String country) {
    if (raw == null) {
      return CompanyName.EMPTY;
    }
    String text = BracketedYears.without(withoutListingMarkers(raw));
    StatedAcronym.Split stated = StatedAcronym.split(text);
    if (stated != null) {
      text = stated.name();
    }
    BracketedForms.Stripped bracketed = BracketedForms.strip(text);
    if (bracketed != null) {
      text = bracketed.text();
      country = country == null ? bracketed.country() : country;
    }
    boolean nonLatin = TextFolding.hasNonLatinLetters(text);
    List<String> tokens = TextFolding.tokens(text, country);
    if (tokens.isEmpty()) {
      return CompanyName.EMPTY;
    }
    java.util.Set<Romanizer.Script> scripts = Romanizer.scripts(text, country);
    LegalForms forms = LegalForms.get(scripts);
    Core core = core(tokens, forms, country, nonLatin);
    List<String> name = tokens.subList(core.from(), core.to());
    List<String> joined = joinSpacedLetters(name);
    // Initials written apart are one word ("M F G" as "M.F.G.", then expanded like it), unless the
    // joined letters would themselves be taken off ("K T" / "kt" a legal form, "T H E" / "the"): the
    // name's key parsed again would lose them, and a form found only after the legal forms were
    // taken off is no form.
    if (joined != name) {
      Core again = core(joined, forms, country, nonLatin);
      if (again.from() != 0 || again.to() != joined.size()) {
        joined = name;
      }
    }
    List<String> kept = new ArrayList<>(joined.size());
    for (String t : joined) {
      kept.add(Abbreviations.expand(t));
    }
    List<String> legalForms = core.forms();
    if (bracketed != null) {
      legalForms = new ArrayList<>(bracketed.forms());
      legalForms.addAll(core.forms());
    }
    List<String> initialism = SpelledOutInitials.without(kept);
    if (initialism != kept) {
      // The run off, a legal form it stood before is now at the end ("XY Corp Xeno Yak"): take it
      // off as parsing the name again would.
      Core again = core(initialism, forms, country, nonLatin);
      kept = initialism.subList(again.from(), again.to());
      legalForms = new ArrayList<>(legalForms);
      legalForms.addAll(again.forms());
    }
    boolean abjad = scripts.contains(Romanizer.Script.ARABIC) || scripts.contains(Romanizer.Script.HEBREW);
    return new CompanyName(kept, legalForms, nonLatin, abjad, stated == null ? null : stated.acronym());
  }

  /**
   * Where the name is among its words, {@code [from, to)}, once a leading "the", leading and
   * trailing legal forms, a vendor's repetition of the name, listing words and dangling words are
   * taken off; and the legal forms taken, in name order.
   */
  private record Core(int from, int to, List<String> forms) {}

  private static Core core(List<String> tokens, LegalForms forms, String country, boolean nonLatin) {
    List<String> found = new ArrayList<>(2);
    int from = 0;
    int to = tokens.size();
    boolean progress = true;
    while (progress) {
      progress = false;
      if (to - from > 1 && tokens.get(from).equals("the")) {
        from++;
        progress = true;
      }
      TokenTrie.Match<LegalForms.Leading> lead = forms.atStart(tokens, from, to, country, nonLatin);
      if (lead != null) {
        found.add(lead.value().form().canonical);
        from += lead.length();
        progress = true;
      }
    }
    to = withoutRepeatedName(tokens, from, to, forms, country, nonLatin);
    List<String> trailing = new ArrayList<>(2);
    while (true) { // "SAP SE INH", "Infosys Limited Sponsored ADR": forms and listing words interleave
      TokenTrie.Match<LegalForm> m = forms.atEnd(tokens, from, to, country, nonLatin);
      if (m != null && !endsInitials(tokens, from, to, m.length())) {
        trailing.add(0, m.value().canonical);
        to -= m.length();
        continue;
      }
      int listing = ListingSuffixes.atEnd(tokens, from, to);
      if (listing == 0 && isDangling(tokens, from, to, forms, country, nonLatin)) {
        listing = 1;
      }
      if (listing == 0) {
        break;
      }
      to -= listing;
    }
    found.addAll(trailing);
    return new Core(from, to, found);
  }

  /**
   * Whether the last {@code n} words are one-letter words that end a longer run of them: initials
   * written apart ("A B C", "U S A"), not a legal form written so ("Acme S A").
   */
  private static boolean endsInitials(List<String> tokens, int from, int to, int n) {
    for (int i = to - n; i < to; i++) {
      if (!isLetter(tokens.get(i))) {
        return false;
      }
    }
    return to - n - 1 >= from && isLetter(tokens.get(to - n - 1));
  }

  /**
   * Joins runs of two or more one-letter words of a name, after its legal forms are found: initials
   * written apart are one word, as dotted ones already are ("U.S." is "us", so "U S Steel" is "us
   * steel"; EDGAR's "MAYS J W" is "J.W. Mays"). Not in {@link TextFolding}: "n/a" is no country, and
   * legal forms are written with spaced letters ("S de R L").
   */
  static List<String> joinSpacedLetters(List<String> tokens) {
    List<String> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      int end = i;
      while (end < tokens.size() && isLetter(tokens.get(end))) {
        end++;
      }
      if (end - i >= 2) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, i));
        }
        out.add(String.join("", tokens.subList(i, end)));
        i = end - 1;
      } else if (out != null) {
        out.add(tokens.get(i));
      }
    }
    return out == null ? tokens : out;
  }

  private static boolean isLetter(String token) {
    return token.length() == 1 && token.charAt(0) >= 'a' && token.charAt(0) <= 'z';
  }

  /**
   * Whether the last word is left over around a legal form: an inverted article ("Boeing Company
   * (The)"), a conjunction ("Carnival Corporation & plc"), a share class ("MASTERCARD INC.A").
   */
  private static boolean isDangling(
      List<String> tokens, int from, int to, LegalForms forms, String country, boolean nonLatin) {
    if (to - from < 2) {
      return false;
    }
    String last = tokens.get(to - 1);
    if (last.equals("the") || last.equals("and")) {
      return true;
    }
    return last.length() == 1 && last.charAt(0) >= 'a' && !endsInitials(tokens, from, to, 1)
        && forms.atEnd(tokens, from, to - 1, country, nonLatin) != null;
  }

  /**
   * The end of the name before a vendor's repetition of it after the legal form: "ARGENX NV ARGENX
   * ORD SHS", "UNITEDHEALTH GROUP INC UNITEDHE" (the name repeated, often cut short).
   */
  private static int withoutRepeatedName(
      List<String> tokens, int from, int to, LegalForms forms, String country, boolean nonLatin) {
    String first = Abbreviations.expand(tokens.get(from)); // compared as they will be kept
    for (int j = from + 2; j < to; j++) {
      String t = Abbreviations.expand(tokens.get(j));
      if (t.length() >= MIN_REPEAT && first.startsWith(t)
          && forms.atEnd(tokens, from, j, country, nonLatin) != null) {
        return j;
      }
    }
    return to;
  }

  /**
   * Drops trailing listing markers, which say how or where a company is listed rather than what it
   * is called: EDGAR's " /NY", "/DE/", "Inc./ADR" (repeatedly; "A/S" and "AC/DC" stay) and the
   * Swedish "(publ)" of public companies ("Doxa AB (publ)": 663 FinanceDatabase names).
   */
  static String withoutListingMarkers(String raw) {
    String s = raw.strip();
    int open = s.lastIndexOf('(');
    if (open > 0 && s.endsWith(")")
        && s.substring(open + 1, s.length() - 1).replace(".", "").strip().equalsIgnoreCase("publ")) {
      s = s.substring(0, open).strip();
    }
    while (true) {
      int end = s.length();
      boolean closed = end > 0 && s.charAt(end - 1) == '/';
      if (closed) {
        end--;
      }
      int start = end;
      while (start > 0 && isAsciiLetter(s.charAt(start - 1))) {
        start--;
      }
      int length = end - start;
      if (start < 1 || s.charAt(start - 1) != '/' || length < 2 || length > 6 || start == 1) {
        return closed && length == 0 ? s.substring(0, end).strip() : s;
      }
      boolean spaced = start >= 2 && s.charAt(start - 2) == ' ';
      String marker = s.substring(start, end).toUpperCase(Locale.ROOT);
      if (!(closed || spaced || EDGAR_MARKERS.contains(marker))) {
        return s;
      }
      s = s.substring(0, start - 1).strip();
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
