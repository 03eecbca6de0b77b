package io.venn.bench.data;

import io.venn.read.Account;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds two partner account lists with known ground truth from the bundled real companies, topped up
 * with synthetic ones beyond ~28k companies.
 *
 * <p>Left records are written as the reference source has them; each right record of an overlapping
 * company is varied by zero (the {@code exact} share) to three {@link VariationKind}s. Duplicates are
 * extra varied records of a company already in the same list; hard negatives are right records
 * built to resemble a left-only company ({@link HardNegativeKind}). Both lists are shuffled; ids are
 * {@code L0000001...} and {@code R0000001...} by position. The same config always gives the same
 * lists, truth and ids.
 */
public final class PartnerListGenerator {
  private final SampleIndex index;

  private PartnerListGenerator(SampleIndex index) {
    this.index = index;
  }

  /** A generator over the bundled sample. */
  public static PartnerListGenerator standard() {
    return new PartnerListGenerator(SampleIndex.get());
  }

  /**
   * @throws IllegalStateException if the size asks for more distinct companies than can be made
   */
  public GeneratedLists generate(GeneratorConfig cfg) {
    SplittableRandom r = new SplittableRandom(cfg.seed());
    int n = cfg.size();
    int dupes = (int) Math.round(n * cfg.duplicates());
    int negatives = (int) Math.round(n * cfg.hardNegatives());
    int overlap = (int) Math.round(n * cfg.overlap());
    int leftOnly = n - dupes - overlap;
    int rightOnly = n - dupes - negatives - overlap;
    List<Company> companies = companies(overlap + leftOnly + rightOnly + negatives, cfg.seed());
    // roles: [0, overlap) both sides, then left only, then right only; the rest fill failed negatives
    List<Rec> left = new ArrayList<>(n);
    List<Rec> right = new ArrayList<>(n);
    for (int c = 0; c < overlap + leftOnly; c++) {
      left.add(new Rec(c, new Draft(companies.get(c)), EnumSet.noneOf(VariationKind.class), false));
    }
    for (int c = 0; c < overlap; c++) {
      right.add(varied(c, companies.get(c), r.nextDouble() < cfg.exact() ? 0 : Variations.drawCount(r), false, r));
    }
    for (int c = overlap + leftOnly; c < overlap + leftOnly + rightOnly; c++) {
      right.add(varied(c, companies.get(c), Variations.drawCount(r), false, r));
    }
    List<Rec> negativeRecs = hardNegatives(companies, overlap, leftOnly, negatives, r);
    int spare = overlap + leftOnly + rightOnly;
    while (negativeRecs.size() < negatives) { // not enough look-alike material: plain right-only companies
      right.add(varied(spare, companies.get(spare), Variations.drawCount(r), false, r));
      spare++;
      negatives--;
    }
    right.addAll(negativeRecs);
    addDuplicates(left, dupes, companies, r);
    addDuplicates(right, dupes, companies, r);
    Collections.shuffle(left, new Random(r.nextLong()));
    Collections.shuffle(right, new Random(r.nextLong()));
    return assemble(cfg, left, right, r);
  }

  private List<Company> companies(int count, long seed) {
    List<Company> real = new ArrayList<>(index.companies);
    Collections.shuffle(real, new Random(seed));
    List<Company> out = new ArrayList<>(count);
    out.addAll(real.subList(0, Math.min(count, real.size())));
    SyntheticCompanies synthetic = new SyntheticCompanies(index, seed);
    while (out.size() < count) {
      out.add(synthetic.next());
    }
    Collections.shuffle(out, new Random(seed ^ 0x5DEECE66DL)); // real and synthetic in every role
    return out;
  }

  private static Rec varied(int company, Company c, int kinds, boolean duplicate, SplittableRandom r) {
    Draft d = new Draft(c);
    Set<VariationKind> applied = kinds == 0 ? EnumSet.noneOf(VariationKind.class) : Variations.vary(d, kinds, r);
    return new Rec(company, d, applied, duplicate);
  }

  private List<Rec> hardNegatives(List<Company> companies, int overlap, int leftOnly, int wanted, SplittableRandom r) {
    HardNegatives maker = new HardNegatives(index);
    HardNegativeKind[] kinds = HardNegativeKind.values();
    List<Rec> out = new ArrayList<>(wanted);
    for (int i = 0; i < leftOnly && out.size() < wanted; i++) {
      int c = overlap + i;
      HardNegativeKind kind = kinds[out.size() % kinds.length];
      Company lookAlike = maker.make(kind, companies.get(c), r);
      if (lookAlike != null) {
        Rec rec = new Rec(-1, new Draft(lookAlike), EnumSet.noneOf(VariationKind.class), false);
        rec.imitates = c;
        rec.negativeKind = kind;
        out.add(rec);
      }
    }
    return out;
  }

  private static void addDuplicates(List<Rec> side, int count, List<Company> companies, SplittableRandom r) {
    int originals = side.size();
    for (int i = 0; i < count; i++) {
      Rec of = side.get(r.nextInt(originals));
      if (of.company < 0) {
        i--; // never duplicate a hard negative
        continue;
      }
      side.add(varied(of.company, companies.get(of.company), Variations.drawCount(r), true, r));
    }
  }

  private static GeneratedLists assemble(GeneratorConfig cfg, List<Rec> left, List<Rec> right, SplittableRandom r) {
    List<Account> leftAccounts = accounts(left, "L", Populations.OURS, r);
    List<Account> rightAccounts = accounts(right, "R", Populations.THEIRS, r);
    int[] leftCompany = left.stream().mapToInt(x -> x.company).toArray();
    int[] rightCompany = right.stream().mapToInt(x -> x.company).toArray();
    List<TruePair> truth = truth(left, right, leftCompany, rightCompany, leftAccounts, rightAccounts);
    int[] leftOf = new int[leftCompany.length == 0 ? 0 : Arrays.stream(leftCompany).max().getAsInt() + 1];
    Arrays.fill(leftOf, -1);
    for (int i = 0; i < left.size(); i++) {
      if (!left.get(i).duplicate) {
        leftOf[left.get(i).company] = i;
      }
    }
    List<HardNegative> negatives = new ArrayList<>();
    for (int j = 0; j < right.size(); j++) {
      Rec rec = right.get(j);
      if (rec.negativeKind != null) {
        negatives.add(new HardNegative(rightAccounts.get(j).id(), leftAccounts.get(leftOf[rec.imitates]).id(), rec.negativeKind));
      }
    }
    return new GeneratedLists(cfg, leftAccounts, rightAccounts, truth, negatives, leftCompany, rightCompany);
  }

  private static List<TruePair> truth(
      List<Rec> left, List<Rec> right, int[] leftCompany, int[] rightCompany, List<Account> la, List<Account> ra) {
    long[] byCompany = sortedByCompany(rightCompany);
    List<TruePair> out = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      int c = leftCompany[i];
      int at = lowerBound(byCompany, c);
      for (int k = at; k < byCompany.length && (int) (byCompany[k] >>> 32) == c; k++) {
        int j = (int) byCompany[k];
        EnumSet<VariationKind> kinds = EnumSet.noneOf(VariationKind.class);
        kinds.addAll(left.get(i).kinds);
        kinds.addAll(right.get(j).kinds);
        if (left.get(i).duplicate || right.get(j).duplicate) {
          kinds.add(VariationKind.DUPLICATE);
        }
        if (kinds.isEmpty()) {
          kinds.add(VariationKind.EXACT);
        }
        out.add(new TruePair(la.get(i).id(), ra.get(j).id(), kinds));
      }
    }
    return out;
  }

  /** (company << 32 | index), sorted; hard negatives (company -1) excluded. */
  private static long[] sortedByCompany(int[] company) {
    return Arrays.stream(java.util.stream.IntStream.range(0, company.length).toArray())
        .filter(j -> company[j] >= 0)
        .mapToLong(j -> ((long) company[j] << 32) | j)
        .sorted()
        .toArray();
  }

  private static int lowerBound(long[] sorted, int company) {
    int i = Arrays.binarySearch(sorted, (long) company << 32);
    return i >= 0 ? i : -i - 1;
  }

  private static List<Account> accounts(List<Rec> recs, String prefix, Populations populations, SplittableRandom r) {
    List<Account> out = new ArrayList<>(recs.size());
    for (int i = 0; i < recs.size(); i++) {
      Draft d = recs.get(i).draft;
      String id = String.format("%s%07d", prefix, i + 1);
      out.add(new Account(id, d.name, d.website, d.country, d.city, null, null, null, populations.draw(r), Map.of(), i + 2L));
    }
    return out;
  }

  /** A record under construction with its provenance. */
  private static final class Rec {
    final int company;
    final Draft draft;
    final Set<VariationKind> kinds;
    final boolean duplicate;
    int imitates = -1;
    HardNegativeKind negativeKind;

    Rec(int company, Draft draft, Set<VariationKind> kinds, boolean duplicate) {
      this.company = company;
      this.draft = draft;
      this.kinds = kinds;
      this.duplicate = duplicate;
    }
  }
}
