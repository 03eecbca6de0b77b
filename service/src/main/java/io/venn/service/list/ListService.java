package io.venn.service.list;

import io.venn.read.Account;
import io.venn.read.InvalidListException;
import io.venn.read.ReadSummary;
import io.venn.read.RowIssue;
import io.venn.service.audit.AuditLog;
import io.venn.service.system.BadInputException;
import io.venn.service.system.LimitExceededException;
import io.venn.service.system.NotFoundException;
import io.venn.service.system.VennProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Uploads, reads and deletes account lists. */
@Service
public class ListService {
  /** Rows per JDBC batch: large enough to amortise round trips, small enough to keep memory flat. */
  private static final int BATCH = 1000;

  private final ListRepository lists;
  private final UploadReader reader;
  private final TransactionTemplate transaction;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final VennProperties.Limits limits;

  ListService(
      ListRepository lists,
      UploadReader reader,
      TransactionTemplate transaction,
      AuditLog audit,
      ApplicationEventPublisher events,
      VennProperties properties) {
    this.lists = lists;
    this.reader = reader;
    this.transaction = transaction;
    this.audit = audit;
    this.events = events;
    this.limits = properties.limits();
  }

  /**
   * Streams a CSV upload into the database: rows go from the request body through the reader into
   * JDBC batches, so memory stays flat whatever the file size. Everything happens in one
   * transaction, so an unusable file stores nothing.
   *
   * @throws io.venn.read.InvalidListException if the file as a whole is unusable
   * @throws IOException if the body cannot be read (the client went away)
   * @throws BadInputException if no row could be used, or the file cannot be read as CSV
   * @throws LimitExceededException if the file goes over a {@code venn.limits.*} bound
   */
  public AccountListInfo upload(String organizationId, String name, InputStream body) throws IOException {
    String id = UUID.randomUUID().toString();
    UploadStream bounded = new UploadStream(body, limits.lineBytes(), name);
    try {
      return store(organizationId, name, id, bounded);
    } catch (InvalidListException e) {
      throw e;
    } catch (IOException e) {
      if (bounded.bodyFailed()) {
        throw e; // the client went away: nothing to tell it
      }
      // The reader gave up on the content (a record it cannot bound, a broken encoding): the file's fault.
      throw new BadInputException(name + ": the file cannot be read as CSV: " + e.getMessage() + ". Nothing was stored.");
    } catch (IllegalArgumentException e) {
      // e.g. an Excel 'sep=' line naming a line break or a quote, which no CSV parser can split on
      throw new BadInputException(name + ": the file cannot be read as CSV: " + e.getMessage() + ". Nothing was stored.");
    }
  }

  private AccountListInfo store(String organizationId, String name, String id, InputStream body) throws IOException {
    try {
      AccountListInfo info =
          transaction.execute(
              status -> {
                lists.insert(
                    new AccountListInfo(id, organizationId, name, 0, 0, 0, List.of(), Map.of(), Instant.now()));
                ReadSummary summary = stream(id, name, body);
                if (summary.accepted() == 0) {
                  throw new BadInputException(
                      name + ": no usable account row"
                          + (summary.rejected().isEmpty() ? "" : " (first problem: " + summary.rejected().get(0) + ")")
                          + ". Nothing was stored.");
                }
                AccountListInfo stored = withCounts(id, organizationId, name, summary);
                lists.updateCounts(stored);
                return stored;
              });
      audit.record(
          organizationId, null, "LIST_UPLOADED", id, name + ": " + info.accepted() + " accepted, " + info.rejectedCount() + " rejected");
      return info;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private ReadSummary stream(String listId, String name, InputStream body) {
    List<Account> batch = new ArrayList<>(BATCH);
    int[] next = {0};
    UploadBounds bounds = new UploadBounds(name, limits);
    try {
      ReadSummary summary =
          reader.read(
              body,
              name,
              account -> {
                bounds.check(account);
                batch.add(account);
                if (batch.size() == BATCH) {
                  lists.insertRecords(listId, next[0], batch);
                  next[0] += batch.size();
                  batch.clear();
                }
              });
      if (!batch.isEmpty()) {
        lists.insertRecords(listId, next[0], batch);
      }
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AccountListInfo withCounts(String id, String organizationId, String name, ReadSummary s) {
    List<AccountListInfo.Rejection> report = new ArrayList<>();
    for (RowIssue issue : s.rejected()) {
      if (report.size() == AccountListInfo.MAX_REPORTED) {
        break;
      }
      report.add(new AccountListInfo.Rejection(issue.line(), issue.field(), issue.reason()));
    }
    // The reader keeps only the first issues; every row it saw was either accepted or rejected.
    long rejected = s.rows() - s.accepted();
    return new AccountListInfo(id, organizationId, name, s.rows(), s.accepted(), rejected, report, s.populations(), Instant.now());
  }

  public List<AccountListInfo> listsOf(String organizationId) {
    return lists.findByOrganization(organizationId);
  }

  /** @throws NotFoundException if the list does not exist or belongs to another organization */
  public AccountListInfo require(String organizationId, String listId) {
    return lists.find(listId)
        .filter(l -> l.organizationId().equals(organizationId))
        .orElseThrow(() -> new NotFoundException("You have no account list with id " + listId + "."));
  }

  /**
   * Deletes the list, its records and every job computed from it; partnerships that matched it are
   * left without a list.
   *
   * @throws NotFoundException if the list does not exist or belongs to another organization
   */
  @Transactional
  public void delete(String organizationId, String listId) {
    AccountListInfo list = require(organizationId, listId);
    lists.delete(list.id());
    audit.record(organizationId, null, "LIST_DELETED", list.id(), list.name());
    events.publishEvent(new ListDeleted(list.id()));
  }
}
