package io.venn.block;

import java.util.List;

/**
 * The cost of blocking, known before scoring: how many candidate pairs it produced and which keys
 * were largest (a huge block is a key too common to be useful).
 *
 * @param candidatePairs distinct pairs handed to compare
 * @param skippedKeys keys dropped because their blocks were larger than the configured cap
 * @param largestBlocks the biggest blocks kept, largest first
 */
public record BlockingReport(long candidatePairs, long skippedKeys, List<Block> largestBlocks) {
  public BlockingReport {
    largestBlocks = List.copyOf(largestBlocks);
  }

  /**
   * One block of the index: which kind of key ("name-token", "domain", "name-lsh"...) and how many
   * indexed records share it. A block larger than its kind's cap is skipped at query time.
   */
  public record Block(String kind, int size) {}
}
