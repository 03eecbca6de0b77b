/**
 * The read stage: CRM account exports (CSV) in, {@link io.venn.read.Account} records out.
 *
 * <p>{@link io.venn.read.CsvAccountReader} recognises the usual Salesforce, HubSpot and Dynamics
 * headers, sniffs the delimiter and the encoding, streams large files, and reports each row it
 * cannot use as a {@link io.venn.read.RowIssue} (file, line, field, reason) instead of failing the
 * whole file; a file that cannot be a list at all is an {@link io.venn.read.InvalidListException}.
 * Nothing here interprets values: normalization is the next stage's job. No method returns or
 * accepts {@code null} unless its documentation says so.
 */
package io.venn.read;
