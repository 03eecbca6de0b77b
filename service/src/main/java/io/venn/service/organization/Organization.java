package io.venn.service.organization;

import java.time.Instant;

/** A company using Venn. */
public record Organization(String id, String name, Instant createdAt) {}
