package io.venn.service.blind;

import java.time.Instant;

/**
 * One blind match of a partnership: both sides encode under {@code nonce} and upload; the match runs
 * once both lists are in.
 *
 * @param status AWAITING_LISTS, RUNNING, SUCCEEDED or FAILED
 * @param matches matched pairs, once SUCCEEDED
 */
record BlindJob(
    String id,
    String partnershipId,
    String requestedBy,
    String nonce,
    String status,
    String error,
    Integer matches,
    Instant createdAt,
    Instant finishedAt) {
  static final String AWAITING_LISTS = "AWAITING_LISTS";
  static final String RUNNING = "RUNNING";
  static final String SUCCEEDED = "SUCCEEDED";
  static final String FAILED = "FAILED";

  /** Whether the job ended, either way: a finished job holds no lease and is never run again. */
  boolean finished() {
    return SUCCEEDED.equals(status) || FAILED.equals(status);
  }
}
