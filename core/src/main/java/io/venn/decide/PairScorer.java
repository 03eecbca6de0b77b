package io.venn.decide;

import io.venn.compare.FieldComparator;
import io.venn.compare.NameComparator;
import io.venn.compare.NameSimilarity;
import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;
import java.util.ArrayList;
import java.util.List;

/**
 * Combines field similarities into one match probability: a prior plus the log-odds evidence of
 * each field ({@link Weights}), through the logistic function. Equal registration ids force a
 * match and different ones block it. Thread-safe.
 */
public final class PairScorer {
  private static final FieldComparator DOMAIN = FieldComparator.exact(EncodedAccount::domain);
  private static final FieldComparator DOMAIN_LABEL = FieldComparator.exact(EncodedAccount::domainLabel);
  private static final FieldComparator COUNTRY = FieldComparator.exact(EncodedAccount::country);
  private static final FieldComparator CITY = FieldComparator.exact(EncodedAccount::city);
  private static final FieldComparator PHONE = FieldComparator.exact(EncodedAccount::phone);

  private final NameComparator names = new NameComparator();
  private final double prior;
  private final double threshold;

  /**
   * @param threshold match probability at or above which a pair is a match
   */
  public PairScorer(double threshold) {
    this.prior = Weights.PRIOR;
    this.threshold = threshold;
  }

  /** The match probability of a pair, without building an explanation: the hot path. */
  public double score(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb) {
    return evaluate(a, wa, b, wb, null);
  }

  /** The full decision with every field's contribution, for pairs worth explaining. */
  public Decision decide(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb) {
    List<FieldScore> reasons = new ArrayList<>(7);
    double p = evaluate(a, wa, b, wb, reasons);
    Outcome outcome =
        p >= threshold ? Outcome.MATCH : p >= Weights.REVIEW_PROBABILITY ? Outcome.REVIEW : Outcome.NO_MATCH;
    return new Decision(outcome, p, reasons);
  }

  private double evaluate(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb, List<FieldScore> why) {
    long ra = a.registration();
    long rb = b.registration();
    long kind = AccountEncoder.registrationKind(ra);
    // Only ids of the same kind compare: a DUNS and an LEI of one company are not "different ids".
    boolean comparable = ra != 0 && rb != 0 && kind == AccountEncoder.registrationKind(rb);
    boolean globalId = kind == AccountEncoder.REGISTRATION_DUNS || kind == AccountEncoder.REGISTRATION_LEI;
    if (comparable && globalId) {
      boolean same = ra == rb;
      add(why, "registration", same ? "same id: forced match" : "different ids: blocked", same ? 1.0 : 0.0,
          same ? Weights.REGISTRATION_FORCED : -Weights.REGISTRATION_FORCED);
      if (why != null) {
        explainRest(a, wa, b, wb, why);
      }
      return same ? 1.0 : 0.0;
    }
    double total = prior;
    add(why, "prior", "before any evidence", Double.NaN, prior);
    double sameDomain = DOMAIN.compare(a, b);
    total += nameEvidence(a, wa, b, wb, sameDomain == 1.0, why);
    total += domainEvidence(sameDomain, a, b, why);
    total += simple(COUNTRY.compare(a, b), "country", Weights.COUNTRY_SAME, Weights.COUNTRY_DIFFERENT, why);
    total += simple(CITY.compare(a, b), "city", Weights.CITY_SAME, Weights.CITY_DIFFERENT, why);
    total += simple(PHONE.compare(a, b), "phone", Weights.PHONE_SAME, Weights.PHONE_DIFFERENT, why);
    if (comparable) {
      // National numbers: agreement is evidence, disagreement is not (numbering schemes overlap).
      total += simple(ra == rb ? 1.0 : 0.0, "registration", Weights.REGISTRATION_NATIONAL_SAME, 0.0, why);
    }
    return 1 / (1 + Math.exp(-total));
  }

  /** Records the other fields' evidence when a registration id decided, so the explanation is complete. */
  private void explainRest(EncodedAccount a, float[] wa, EncodedAccount b, float[] wb, List<FieldScore> why) {
    double sameDomain = DOMAIN.compare(a, b);
    nameEvidence(a, wa, b, wb, sameDomain == 1.0, why);
    domainEvidence(sameDomain, a, b, why);
    simple(COUNTRY.compare(a, b), "country", Weights.COUNTRY_SAME, Weights.COUNTRY_DIFFERENT, why);
    simple(CITY.compare(a, b), "city", Weights.CITY_SAME, Weights.CITY_DIFFERENT, why);
    simple(PHONE.compare(a, b), "phone", Weights.PHONE_SAME, Weights.PHONE_DIFFERENT, why);
  }

  private double nameEvidence(
      EncodedAccount a, float[] wa, EncodedAccount b, float[] wb, boolean sameDomain, List<FieldScore> why) {
    if (a.nameTokens().length == 0 || b.nameTokens().length == 0) {
      add(why, "name", "missing", FieldComparator.MISSING, 0);
      return 0;
    }
    NameSimilarity s = names.compare(a, wa, b, wb);
    double w;
    String label;
    if (s.shared() <= 0) {
      w = Weights.NAME_NOTHING_SHARED;
      label = "no word in common";
    } else {
      double factor = s.contained() ? Weights.NAME_UNMATCHED_CONTAINED : Weights.NAME_UNMATCHED;
      double unmatched = s.unmatchedLeft() + s.unmatchedRight();
      w = s.shared() - factor * unmatched;
      label = unmatched < 1e-9 ? "same words" : s.contained() ? "one name contains the other" : "some words differ";
    }
    if (sameDomain && s.dice() >= Weights.CLOSE_SPELLING_DICE && w < Weights.NAME_FLOOR_SAME_DOMAIN) {
      w = Weights.NAME_FLOOR_SAME_DOMAIN;
      label = "close spelling, same website";
    }
    add(why, "name", label, s.similarity(), w);
    return w;
  }

  private double domainEvidence(double same, EncodedAccount a, EncodedAccount b, List<FieldScore> why) {
    if (FieldComparator.isMissing(same)) {
      add(why, "domain", "missing", same, 0);
      return 0;
    }
    if (same == 1.0) {
      add(why, "domain", "same", 1.0, Weights.DOMAIN_SAME);
      return Weights.DOMAIN_SAME;
    }
    if (DOMAIN_LABEL.compare(a, b) == 1.0) {
      add(why, "domain", "same name, other suffix", 0.5, Weights.DOMAIN_SAME_LABEL);
      return Weights.DOMAIN_SAME_LABEL;
    }
    add(why, "domain", "different", 0.0, Weights.DOMAIN_DIFFERENT);
    return Weights.DOMAIN_DIFFERENT;
  }

  private static double simple(double sim, String field, double same, double different, List<FieldScore> why) {
    if (FieldComparator.isMissing(sim)) {
      add(why, field, "missing", sim, 0);
      return 0;
    }
    double w = sim == 1.0 ? same : different;
    add(why, field, sim == 1.0 ? "same" : "different", sim, w);
    return w;
  }

  private static void add(List<FieldScore> why, String field, String label, double sim, double weight) {
    if (why != null) {
      why.add(new FieldScore(field, label, sim, weight));
    }
  }
}
