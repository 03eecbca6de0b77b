package io.venn.service.feedback;

/** A pair by the records' own ids: the left (inviter's) record and the right (invited side's) record. */
public record PairIds(String leftId, String rightId) {}
