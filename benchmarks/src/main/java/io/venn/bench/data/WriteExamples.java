package io.venn.bench.data;

import io.venn.read.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the repository's {@code examples/}: {@code our-accounts.csv} (a Salesforce export),
 * {@code partner-accounts.csv} (a HubSpot export) and {@code expected-matches.csv}
 * ({@code left_id,right_id}). Only variations a careful person would accept as the same company are
 * kept: accents are only ever removed, never invented, and the look-alikes are all clearly other
 * companies (other country, or a different name sharing one common word). No list holds the same
 * company twice, so the expected matches are exactly what a one-to-one matcher should return.
 *
 * <p>Run: {@code java -cp benchmarks/target/venn-benchmarks.jar io.venn.bench.data.WriteExamples [dir]}
 */
public final class WriteExamples {
  static final int SIZE = 300;
  static final long SEED = 2026;
  private static final String[] OUR_OWNERS = {"Maria Garcia", "James Chen", "Aisha Okafor", "Lukas Becker"};
  private static final String[] THEIR_OWNERS = {"Priya Nair", "Tom Walsh", "Sofia Rossi"};
  private static final String[] AREA_CODES = {"212", "415", "312", "617", "206", "512", "303", "404", "646", "408"};

  private WriteExamples() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples");
    Files.createDirectories(dir);
    GeneratedLists g = PartnerListGenerator.standard()
        .generate(GeneratorConfig.of(SIZE, SEED).withOverlap(0.35).withHardNegatives(0.04).withDuplicates(0));
    Set<String> dropped = new HashSet<>();
    for (HardNegative n : g.hardNegatives()) {
      if (n.kind() == HardNegativeKind.SAME_NAME_OTHER_WEBSITE) {
        dropped.add(n.rightId()); // a person could not tell those apart either
      }
    }
    Map<String, String> leftIds = new HashMap<>();
    Map<String, String> rightIds = new HashMap<>();
    Map<Integer, String> phones = phones(g);
    List<Account> ours = new ArrayList<>();
    int[] leftCompany = g.leftCompany();
    for (int i = 0; i < g.left().size(); i++) {
      Account a = g.left().get(i);
      String id = salesforceId(i);
      leftIds.put(a.id(), id);
      String phone = phones.get(leftCompany[i]);
      ours.add(crm(a, id, phone == null ? null : "(" + phone.substring(0, 3) + ") " + phone.substring(3, 6) + "-" + phone.substring(6),
          salesforceType(a.population()), OUR_OWNERS[i % OUR_OWNERS.length], a.name()));
    }
    Map<String, String> leftNameById = new HashMap<>();
    g.left().forEach(a -> leftNameById.put(a.id(), a.name()));
    Map<String, String> partnerName = new HashMap<>();
    for (TruePair p : g.truth()) {
      partnerName.putIfAbsent(p.rightId(), leftNameById.get(p.leftId()));
    }
    List<Account> theirs = new ArrayList<>();
    int[] rightCompany = g.rightCompany();
    for (int j = 0; j < g.right().size(); j++) {
      Account a = g.right().get(j);
      if (dropped.contains(a.id())) {
        continue;
      }
      String id = Long.toString(5_100_000_000L + 7_919L * j);
      rightIds.put(a.id(), id);
      String phone = rightCompany[j] < 0 ? null : phones.get(rightCompany[j]);
      String name = realisticAccents(a.name(), partnerName.get(a.id()));
      theirs.add(crm(a, id, phone == null ? null : "+1 " + phone.substring(0, 3) + "-" + phone.substring(3, 6) + "-" + phone.substring(6),
          hubspotStage(a.population()), THEIR_OWNERS[j % THEIR_OWNERS.length], name));
    }
    ListWriter.writeAccounts(dir.resolve("our-accounts.csv"), ours, CrmFormat.SALESFORCE);
    ListWriter.writeAccounts(dir.resolve("partner-accounts.csv"), theirs, CrmFormat.HUBSPOT);
    try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(dir.resolve("expected-matches.csv")),
        ListWriter.csvFormat(List.of("left_id", "right_id")))) {
      for (TruePair p : g.truth()) {
        csv.printRecord(leftIds.get(p.leftId()), rightIds.get(p.rightId()));
      }
    }
    System.out.printf("wrote %d + %d accounts and %d expected matches to %s%n", ours.size(), theirs.size(), g.truth().size(), dir);
  }

  /** A fictional US number (555-01xx is reserved for fiction) for about half the US/Canadian companies. */
  private static Map<Integer, String> phones(GeneratedLists g) {
    SplittableRandom r = new SplittableRandom(SEED);
    Map<Integer, String> out = new HashMap<>();
    Set<String> used = new HashSet<>();
    int[] lc = g.leftCompany();
    int[] rc = g.rightCompany();
    List<Account> all = new ArrayList<>(g.left());
    all.addAll(g.right());
    for (int k = 0; k < all.size(); k++) {
      int company = k < lc.length ? lc[k] : rc[k - lc.length];
      String country = all.get(k).country();
      boolean northAmerica = "United States".equals(country) || "Canada".equals(country);
      if (company < 0 || out.containsKey(company) || !northAmerica || r.nextBoolean()) {
        continue;
      }
      String number;
      do {
        number = AREA_CODES[r.nextInt(AREA_CODES.length)] + "55501" + (10 + r.nextInt(90));
      } while (!used.add(number));
      out.put(company, number);
    }
    return out;
  }

  /** Accents are removed by real systems, rarely invented: keep the partner's name unless it strips them. */
  private static String realisticAccents(String name, String partner) {
    if (partner == null || isAscii(name) || !isAscii(partner)) {
      return name;
    }
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 128);
  }

  private static Account crm(Account a, String id, String phone, String population, String owner, String name) {
    return new Account(id, name, a.domain(), a.country(), a.city(), null, phone, null, population,
        Map.of("owner", owner), a.line());
  }

  /** An 18-character Salesforce-style account id: "001" + key prefix + a base-62 counter. */
  static String salesforceId(int i) {
    String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    StringBuilder sb = new StringBuilder();
    long v = 15_000_000L + 7_919L * i;
    for (int k = 0; k < 5; k++) {
      sb.append(digits.charAt((int) (v % 62)));
      v /= 62;
    }
    return "0015g00000" + sb.reverse() + "QAA";
  }

  private static String salesforceType(String population) {
    return switch (population) {
      case "Customers" -> "Customer";
      case "Prospects" -> "Prospect";
      case "Open Opportunities" -> "Open Opportunity";
      default -> "Former Customer";
    };
  }

  private static String hubspotStage(String population) {
    return switch (population) {
      case "Customers" -> "Customer";
      case "Prospects" -> "Lead";
      case "Open Opportunities" -> "Opportunity";
      default -> "Partner";
    };
  }
}
