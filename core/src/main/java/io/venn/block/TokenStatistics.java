package io.venn.block;

import io.venn.encode.EncodedAccount;
import io.venn.encode.TokenPriors;
import java.util.List;

/**
 * How rare each name token is, computed on the keyed tokens of both lists (nobody sees the words),
 * blended with background frequencies so that "group" or "bank" count little even in a short list
 * where every word looks rare. Immutable after construction; thread-safe to read.
 */
public final class TokenStatistics {
  /**
   * Cap on a token's weight (in nats): beyond this, rarer adds nothing, so one odd word or typo
   * cannot outweigh every other field.
   */
  static final double MAX_WEIGHT = 9.0;

  /**
   * Pseudo-records added to the lists' size: two short lists are a small sample of the market, and
   * a word seen once in 300 records is not as telling as one seen once in a million.
   */
  static final int SMOOTHING_DOCUMENTS = 5000;

  private final LongIntHashMap documentFrequency;
  private final int documents;
  private final TokenPriors priors;
  private final LongIntHashMap leftDomains;
  private final LongIntHashMap rightDomains;

  private TokenStatistics(LongIntHashMap df, int documents, TokenPriors priors, LongIntHashMap leftDomains, LongIntHashMap rightDomains) {
    this.documentFrequency = df;
    this.documents = documents;
    this.priors = priors;
    this.leftDomains = leftDomains;
    this.rightDomains = rightDomains;
  }

  /** Counts name tokens over both lists (each record counts a token once), and each list's websites. */
  public static TokenStatistics of(List<EncodedAccount> left, List<EncodedAccount> right, TokenPriors priors) {
    // Sized for a distinct word per two records, and grown if needed: most words recur (the generated
    // 1M x 1M lists hold 0.1M distinct words). Three per record reserved 16M slots (192 MB) at 1M x 1M.
    LongIntHashMap df = new LongIntHashMap((left.size() + right.size()) / 2);
    count(left, df);
    count(right, df);
    return new TokenStatistics(df, left.size() + right.size(), priors, domains(left), domains(right));
  }

  private static LongIntHashMap domains(List<EncodedAccount> accounts) {
    LongIntHashMap counts = new LongIntHashMap(Math.max(16, accounts.size()));
    for (EncodedAccount a : accounts) {
      if (a.domain() != 0) {
        counts.add(a.domain(), 1);
      }
    }
    return counts;
  }

  /**
   * How many records of one list have the website {@code domain}, the larger count of the two lists:
   * a website held by many records of a list (a group's or a platform's site) identifies none of them.
   */
  public int domainRecords(long domain) {
    return Math.max(leftDomains.get(domain, 0), rightDomains.get(domain, 0));
  }

  /**
   * How many (left, right) record pairs share the website {@code domain}: the product of its counts
   * in the two lists. Two unrelated records share a website about that much more often than a
   * website each list holds once, so it is the domain's term frequency in Splink's sense.
   */
  public long domainPairs(long domain) {
    return (long) leftDomains.get(domain, 0) * rightDomains.get(domain, 0);
  }

  private static void count(List<EncodedAccount> accounts, LongIntHashMap df) {
    for (EncodedAccount a : accounts) {
      long[] t = a.nameTokens();
      for (int i = 0; i < t.length; i++) {
        if (!repeatedBefore(t, i)) {
          df.add(t[i], 1);
        }
      }
    }
  }

  private static boolean repeatedBefore(long[] t, int i) {
    for (int j = 0; j < i; j++) {
      if (t[j] == t[i]) {
        return true;
      }
    }
    return false;
  }

  /** Records (of both lists) whose name contains {@code token}. */
  public int frequency(long token) {
    return documentFrequency.get(token, 0);
  }

  /**
   * The evidence, in nats, that two names sharing {@code token} are the same company: the smaller of
   * the inverse document frequencies in these lists and in the background, capped.
   */
  public double weight(long token) {
    int df = Math.max(1, documentFrequency.get(token, 0));
    double inLists = Math.log((double) (documents + SMOOTHING_DOCUMENTS) / df);
    int bg = priors.count(token);
    double inBackground = bg == 0 ? MAX_WEIGHT : Math.log((double) priors.documents() / bg);
    return Math.max(0.05, Math.min(MAX_WEIGHT, Math.min(inLists, inBackground)));
  }

  /** The weight of every name token of {@code a}, aligned with {@link EncodedAccount#nameTokens()}. */
  public float[] weights(EncodedAccount a) {
    long[] t = a.nameTokens();
    float[] w = new float[t.length];
    for (int i = 0; i < t.length; i++) {
      w[i] = (float) weight(t[i]);
    }
    return w;
  }
}
