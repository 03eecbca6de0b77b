package io.venn.service.partnership;

/** Published after a side changes its sharing policy, so cached views built on the old one are dropped. */
public record PolicyChanged(String partnershipId) {}
