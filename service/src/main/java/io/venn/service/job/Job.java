package io.venn.service.job;

import java.time.Instant;

/**
 * One match run of a partnership over the lists both sides had chosen when it was requested.
 *
 * @param leftListId the inviter's list used
 * @param rightListId the invited partner's list used
 * @param matches the number of matched pairs, once SUCCEEDED
 */
public record Job(
    String id,
    String partnershipId,
    String requestedBy,
    JobStatus status,
    double progress,
    String stage,
    String error,
    String leftListId,
    String rightListId,
    Integer matches,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {}
