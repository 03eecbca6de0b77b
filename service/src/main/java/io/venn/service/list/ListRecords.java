package io.venn.service.list;

import io.venn.read.Account;
import io.venn.service.system.NotFoundException;
import io.venn.view.ListPopulations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The records of stored lists that a job's views need, read by index: the populations of matched
 * records for the counts, and the records of one drill-down page. Never a whole list: at a million
 * records a list held as objects takes about half a gigabyte, and a view needs only its matches.
 */
@Component
public class ListRecords {
  private final ListRepository lists;

  ListRecords(ListRepository lists) {
    this.lists = lists;
  }

  /**
   * The list's populations, answering for the records at {@code indices} only.
   *
   * @param indices the records a view will ask about, in any order, repeats allowed
   * @throws NotFoundException if the list does not exist (any more)
   */
  public ListPopulations populations(String listId, int[] indices) {
    List<String> labels = labels(listId);
    int[] wanted = Arrays.stream(indices).sorted().distinct().toArray();
    String[] populations = lists.columnAt(listId, wanted, ListRepository.Column.POPULATION);
    return ListPopulations.of(labels, index -> {
      int at = Arrays.binarySearch(wanted, index);
      if (at < 0) {
        throw new IllegalArgumentException("record " + index + " of list " + listId + " was not read");
      }
      return populations[at];
    });
  }

  /**
   * The list's populations in order of first appearance, from what the upload counted: the labels a
   * whole-list read would give, the rows or columns of a view. No record is read.
   *
   * @throws NotFoundException if the list does not exist (any more)
   */
  public List<String> labels(String listId) {
    AccountListInfo info = lists.find(listId).orElseThrow(() -> new NotFoundException("There is no list " + listId + " any more."));
    return List.copyOf(new ArrayList<>(info.populations().keySet()));
  }

  /**
   * How many times since start records of a list were read by index (populations or accounts): a
   * job's matrix and counts read none once the job stored its cells.
   */
  public long recordsRead() {
    return lists.recordReads();
  }

  /** The list's records whose id is one of {@code ids}, as index to id (ids repeat in some CRM exports). */
  public Map<Integer, String> withIds(String listId, java.util.Collection<String> ids) {
    return lists.withIds(listId, ids);
  }

  /**
   * The accounts at {@code indices}, by index; indices with no record are left out.
   *
   * @param indices in any order, repeats allowed
   */
  public Map<Integer, Account> accounts(String listId, int[] indices) {
    return lists.accountsAt(listId, Arrays.stream(indices).sorted().distinct().toArray());
  }
}
