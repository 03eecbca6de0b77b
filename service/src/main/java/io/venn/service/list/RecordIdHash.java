package io.venn.service.list;

/**
 * The indexed stand-in for a record's CRM id ({@code list_records.ext_id_hash}): a drill-down or a
 * verdict names records by id, and the ids themselves are unbounded text, too long for a
 * PostgreSQL btree entry. Collisions only cost a few extra rows: every look-up also compares the id.
 */
public final class RecordIdHash {
  private RecordIdHash() {}

  /**
   * {@link String#hashCode()}, which the Java Language Specification fixes: rows hashed by any
   * version of the service, and by the migration that filled the column, agree. Never change it.
   */
  public static int of(String id) {
    return id.hashCode();
  }
}
