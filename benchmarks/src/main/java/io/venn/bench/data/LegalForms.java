package io.venn.bench.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Legal-form designators at the end of a company name, grouped by meaning: every spelling in a group
 * designates the same form, so swapping within a group (or dropping the form) keeps the company.
 */
final class LegalForms {
  private static final List<List<String>> GROUPS = List.of(
      List.of("Co., Ltd.", "Co., Ltd", "Co.,Ltd.", "Co.,Ltd", "Co. Ltd.", "Company Limited", "Co Ltd"),
      List.of("Pty Ltd", "Pty. Ltd.", "Proprietary Limited", "(Pty) Ltd"),
      List.of("Inc.", "Inc", "Incorporated", ", Inc."),
      List.of("Corp.", "Corp", "Corporation"),
      List.of("Ltd.", "Ltd", "Limited"),
      List.of("LLC", "L.L.C.", "Llc"),
      List.of("PLC", "plc", "Public Limited Company", "P.L.C."),
      List.of("S.A.", "SA", "S.A"),
      List.of("N.V.", "NV"),
      List.of("B.V.", "BV"),
      List.of("S.p.A.", "SpA", "S.P.A."),
      List.of("AB (publ)", "AB", "Aktiebolag"),
      List.of("Berhad", "Bhd", "Bhd."),
      List.of("Tbk", "Tbk."),
      List.of("GmbH"),
      List.of("AG"),
      List.of("SE"),
      List.of("ASA"),
      List.of("Oyj"),
      List.of("A/S"),
      List.of("Co.", "Company"));
  /** Every spelling, longest first, so "Co., Ltd." is found before "Ltd.". */
  private static final List<String> SPELLINGS = GROUPS.stream()
      .flatMap(List::stream)
      .sorted(Comparator.comparingInt(String::length).reversed())
      .toList();
  private static final Map<String, String> TYPICAL = Map.ofEntries(
      Map.entry("US", "Inc."), Map.entry("CA", "Inc."), Map.entry("GB", "Ltd"), Map.entry("DE", "GmbH"),
      Map.entry("AT", "GmbH"), Map.entry("CH", "AG"), Map.entry("FR", "S.A."), Map.entry("ES", "S.A."),
      Map.entry("IT", "S.p.A."), Map.entry("NL", "B.V."), Map.entry("BE", "N.V."), Map.entry("SE", "AB"),
      Map.entry("NO", "ASA"), Map.entry("FI", "Oyj"), Map.entry("DK", "A/S"), Map.entry("AU", "Pty Ltd"),
      Map.entry("MY", "Berhad"), Map.entry("JP", "Co., Ltd."), Map.entry("CN", "Co., Ltd."), Map.entry("KR", "Co., Ltd."),
      Map.entry("TW", "Co., Ltd."), Map.entry("IN", "Limited"), Map.entry("HK", "Limited"), Map.entry("SG", "Ltd"));

  private LegalForms() {}

  /** Where the trailing legal form starts in {@code name} (after any comma), or -1 if none. */
  static int suffixStart(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String s : SPELLINGS) {
      String form = s.startsWith(", ") ? s.substring(2) : s;
      String f = form.toLowerCase(Locale.ROOT);
      if (lower.endsWith(f)) {
        int start = lower.length() - f.length();
        if (start > 0 && !Character.isLetterOrDigit(lower.charAt(start - 1))) {
          return start;
        }
      }
    }
    return -1;
  }

  /** The stem before the legal form, without the trailing separator ("Acme" for "Acme, Inc."). */
  static String stem(String name) {
    int start = suffixStart(name);
    if (start < 0) {
      return name;
    }
    return name.substring(0, start).replaceAll("[\\s,]+$", "");
  }

  /** Whether {@code word} is, alone, one of the known designators ("Ltd", "GmbH"). */
  static boolean isLegalWord(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    for (String s : SPELLINGS) {
      if (s.toLowerCase(Locale.ROOT).replace(".", "").equals(w)) {
        return true;
      }
    }
    return w.equals("pt") || w.equals("persero") || w.equals("publ");
  }

  /**
   * The name with its legal form written another way: another spelling of the same form, the form
   * dropped, or (when there is none) the form usual in the country added. Returns {@code null} when
   * the name would be left without a distinctive word.
   */
  static String change(String name, String countryCode, SplittableRandom random) {
    if (name.startsWith("PT ") && name.length() > 3) {
      // Indonesian listed companies: "PT Adaro Energy Tbk" is written with or without PT and Tbk.
      String core = name.substring(3);
      return switch (random.nextInt(3)) {
        case 0 -> core;
        case 1 -> stem(core);
        default -> stem(core) + " Tbk, PT";
      };
    }
    int start = suffixStart(name);
    if (start < 0) {
      String form = TYPICAL.getOrDefault(countryCode == null ? "" : countryCode, "Inc.");
      return name + " " + form;
    }
    String stem = stem(name);
    if (stem.isBlank()) {
      return null;
    }
    String current = name.substring(start);
    List<String> others = new ArrayList<>();
    for (List<String> group : GROUPS) {
      if (group.stream().anyMatch(s -> s.equalsIgnoreCase(current) || s.equalsIgnoreCase(", " + current))) {
        group.stream().filter(s -> !s.equalsIgnoreCase(current) && !s.equalsIgnoreCase(", " + current)).forEach(others::add);
      }
    }
    if (others.isEmpty() || random.nextInt(3) == 0) {
      return stem;
    }
    String next = others.get(random.nextInt(others.size()));
    return next.startsWith(",") ? stem + next : stem + " " + next;
  }

  /** A legal form usual in the country, for synthetic companies. */
  static String typical(String countryCode) {
    return TYPICAL.getOrDefault(countryCode == null ? "" : countryCode, "Inc.");
  }
}
