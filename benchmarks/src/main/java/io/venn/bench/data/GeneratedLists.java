package io.venn.bench.data;

import io.venn.read.Account;
import java.util.List;

/**
 * Two partner lists with their ground truth.
 *
 * @param left our accounts, ids "L0000001"...
 * @param right the partner's accounts, ids "R0000001"...
 * @param truth every (left, right) pair of records of one company
 * @param hardNegatives right records built to resemble a left record of another company
 * @param leftCompany the company ordinal of each left record (same ordinal = same company)
 * @param rightCompany the company ordinal of each right record; -1 for hard negatives
 */
public record GeneratedLists(
    GeneratorConfig config,
    List<Account> left,
    List<Account> right,
    List<TruePair> truth,
    List<HardNegative> hardNegatives,
    int[] leftCompany,
    int[] rightCompany) {
  public GeneratedLists {
    left = List.copyOf(left);
    right = List.copyOf(right);
    truth = List.copyOf(truth);
    hardNegatives = List.copyOf(hardNegatives);
    leftCompany = leftCompany.clone();
    rightCompany = rightCompany.clone();
  }

  @Override
  public int[] leftCompany() {
    return leftCompany.clone();
  }

  @Override
  public int[] rightCompany() {
    return rightCompany.clone();
  }
}
