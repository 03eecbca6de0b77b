package io.venn.service.partnership;

/** PENDING until the invited organization accepts; ENDED by either side, for good. */
public enum PartnershipStatus {
  PENDING,
  ACTIVE,
  ENDED
}
