package io.venn.block;

import io.venn.encode.EncodedAccount;
import io.venn.encode.TokenPriors;
import java.util.List;
import java.util.function.LongConsumer;

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

  private final KeyCounts documentFrequency;
  private final int documents;
  private final TokenPriors priors;
  private final KeyCounts leftDomains;
  private final KeyCounts rightDomains;

  private TokenStatistics(KeyCounts df, int documents, TokenPriors priors, KeyCounts leftDomains, KeyCounts rightDomains) {
    this.documentFrequency = df;
    this.documents = documents;
    this.priors = priors;
    this.leftDomains = leftDomains;
    this.rightDomains = rightDomains;
  }

  /** Counts name tokens over both lists (each record counts a token once), and each list's websites. */
  public static TokenStatistics of(List<EncodedAccount> left, List<EncodedAccount> right, TokenPriors priors) {
    return of(left, right, priors, Parts.SEQUENTIAL);
  }

  /**
   * Like {@link #of(List, List, TokenPriors)}, counting with the threads {@code parts} lends: two
   * million records' tokens are seconds on one core.
   */
  public static TokenStatistics of(List<EncodedAccount> left, List<EncodedAccount> right, TokenPriors priors, Parts parts) {
    int l = left.size();
    KeyCounts df = KeyCounts.count(l + right.size(), (r, out) -> nameTokens(r < l ? left.get(r) : right.get(r - l), out), parts);
    return new TokenStatistics(df, l + right.size(), priors, domains(left, parts), domains(right, parts));
  }

  private static KeyCounts domains(List<EncodedAccount> accounts, Parts parts) {
    return KeyCounts.count(accounts.size(), (r, out) -> {
      long domain = accounts.get(r).domain();
      if (domain != 0) {
        out.accept(domain);
      }
    }, parts);
  }

  /**
   * How many records of one list have the website {@code domain}, the larger count of the two lists:
   * a website held by many records of a list (a group's or a platform's site) identifies none of them.
   */
  public int domainRecords(long domain) {
    return Math.max(leftDomains.get(domain), rightDomains.get(domain));
  }

  /**
   * How many (left, right) record pairs share the website {@code domain}: the product of its counts
   * in the two lists. Two unrelated records share a website about that much more often than a
   * website each list holds once, so it is the domain's term frequency in Splink's sense.
   */
  public long domainPairs(long domain) {
    return (long) leftDomains.get(domain) * rightDomains.get(domain);
  }

  private static void nameTokens(EncodedAccount a, LongConsumer out) {
    long[] t = a.nameTokens();
    for (int i = 0; i < t.length; i++) {
      if (!repeatedBefore(t, i)) {
        out.accept(t[i]);
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

  /**
   * About how many bytes these statistics hold (the word and website counts; the background
   * frequencies are shared): what keeping them beside a finished job costs, tens of MB at 1M x 1M.
   */
  public long bytes() {
    return documentFrequency.bytes() + leftDomains.bytes() + rightDomains.bytes();
  }

  /** Records (of both lists) whose name contains {@code token}. */
  public int frequency(long token) {
    return documentFrequency.get(token);
  }

  /**
   * The evidence, in nats, that two names sharing {@code token} are the same company: the smaller of
   * the inverse document frequencies in these lists and in the background, capped.
   */
  public double weight(long token) {
    int df = Math.max(1, documentFrequency.get(token));
    double inLists = Math.log((double) (documents + SMOOTHING_DOCUMENTS) / df);
    int bg = priors.count(token);
    double inBackground = bg == 0 ? MAX_WEIGHT : Math.log((double) priors.documents() / bg);
    return Math.max(0.05, Math.min(MAX_WEIGHT, Math.min(inLists, inBackground)));
  }

  /**
   * Whether {@code token} is a common word among company names: in one background name in a thousand
   * or more ("bank", "china", "group"), as the descriptor words are. From the background alone, so a
   * brand frequent in these lists (a chain's stores) is not common; never with no background.
   */
  public boolean isCommonWord(long token) {
    return priors.documents() > 0 && priors.count(token) * COMMON_WORD_SHARE >= priors.documents();
  }

  /** A common word is in at least one name of this many ({@link #isCommonWord}). */
  static final long COMMON_WORD_SHARE = 1000;

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
