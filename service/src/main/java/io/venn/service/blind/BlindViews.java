package io.venn.service.blind;

import io.venn.encode.EncodedAccount;
import io.venn.encode.ReleaseKey;
import io.venn.encode.io.BlindView;
import io.venn.encode.io.EncodedListFile;
import io.venn.view.Level;
import io.venn.view.PopulationPolicy;
import io.venn.view.SharingPolicy;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one side's blind view, with the rules of plaintext views ({@code io.venn.view.Views}): the
 * partner's HIDDEN populations do not exist, COUNTS populations give counts only (below k shown as
 * "&lt; k", zero included), and only OVERLAPS populations release records — the viewer's own
 * matched record (its sealed id) and the partner's, with the sealed fields the policy names and the
 * shares that open them. A record that does not overlap is never in a view.
 *
 * <p>Populations are keyed tokens: the service never learns their labels. A population's policy is
 * ({@link #policyOf}) the partner's held policy entry naming its token, else the level the owner
 * declared for it at encode time ({@code venn encode --policy}), else the held policy's default.
 * Labels travel sealed: the viewer gets its own and those of the partner's populations that are not
 * HIDDEN, so a HIDDEN population's token and label never reach the viewer.
 */
final class BlindViews {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private BlindViews() {}

  /** One side's stored list and release key. */
  record Side(EncodedListFile.EncodedList list, ReleaseKey release) {}

  static BlindView of(BlindJob job, String partnershipId, io.venn.view.Side viewer, Side mine, Side theirs,
      List<BlindRepository.Pair> pairs, SharingPolicy partnerPolicy, int minCount) {
    List<String> rows = new ArrayList<>(populations(mine));
    List<String> columns = new ArrayList<>();
    for (String p : populations(theirs)) {
      if (policyOf(partnerPolicy, theirs, p).level() != Level.HIDDEN) {
        columns.add(p);
      }
    }
    Map<String, Set<Integer>> entitiesByCell = new LinkedHashMap<>();
    List<BlindView.Overlap> overlaps = new ArrayList<>();
    for (BlindRepository.Pair pair : pairs) {
      int m = viewer == io.venn.view.Side.LEFT ? pair.left() : pair.right();
      int t = viewer == io.venn.view.Side.LEFT ? pair.right() : pair.left();
      EncodedAccount my = mine.list().accounts().get(m);
      EncodedAccount their = theirs.list().accounts().get(t);
      PopulationPolicy policy = policyOf(partnerPolicy, theirs, their.population());
      if (policy.level() == Level.HIDDEN) {
        continue;
      }
      // A cell counts companies (entities), as plaintext views do, not pairs.
      entitiesByCell.computeIfAbsent(my.population() + '\u0000' + their.population(), k -> new LinkedHashSet<>()).add(pair.entity());
      if (policy.level() == Level.OVERLAPS) {
        overlaps.add(new BlindView.Overlap(my.population(), their.population(), pair.score(),
            released(mine, my, List.of("id")), released(theirs, their, policy.fields())));
      }
    }
    List<BlindView.Cell> cells = new ArrayList<>();
    for (String row : rows) {
      for (String col : columns) {
        int n = entitiesByCell.getOrDefault(row + '\u0000' + col, Set.of()).size();
        boolean suppressed = policyOf(partnerPolicy, theirs, col).level() == Level.COUNTS && minCount > 1 && n < minCount;
        cells.add(suppressed ? new BlindView.Cell(row, col, null, "< " + minCount) : new BlindView.Cell(row, col, n, null));
      }
    }
    return new BlindView(BlindView.FORMAT, job.id(), partnershipId, job.nonce(), viewer == io.venn.view.Side.LEFT ? "INVITER" : "INVITED",
        minCount, cells, overlaps, labels(mine, rows, BlindView.Population.MINE, theirs, columns));
  }

  /**
   * The policy of one of the owner's populations in a blind job: an entry of the held policy naming
   * its token, else what the owner declared in the list, else the held policy's default. Two rules
   * keep it failing closed (found in review): a held {@code HIDDEN} (the token's entry or the
   * default) always wins, so an owner can still hide a population of a list encoded earlier; and
   * when the held policy names populations by label (which the service cannot read in blind mode)
   * and the list declares nothing for this one, it is counted, never shared as records, since the
   * label entry may have been meant for it.
   */
  static PopulationPolicy policyOf(SharingPolicy held, Side list, String population) {
    PopulationPolicy named = held.populations().get(population);
    PopulationPolicy heldLevel = named != null ? named : held.defaultPolicy();
    if (heldLevel.level() == Level.HIDDEN || named != null) {
      return heldLevel;
    }
    EncodedListFile.Population entry = list.list().header().population(population);
    if (entry != null && entry.declared() != null) {
      return entry.declared();
    }
    if (heldLevel.level() == Level.OVERLAPS && namesLabels(held, list)) {
      return PopulationPolicy.COUNTS;
    }
    return heldLevel;
  }

  /** Whether the held policy names a population that is no token of this list (a label, in blind mode). */
  private static boolean namesLabels(SharingPolicy held, Side list) {
    for (String name : held.populations().keySet()) {
      if (list.list().header().population(name) == null) {
        return true;
      }
    }
    return false;
  }

  /** The sealed labels of my populations and of the partner's shown ones. */
  private static List<BlindView.Population> labels(Side mine, List<String> rows, String mineOwner, Side theirs, List<String> columns) {
    List<BlindView.Population> out = new ArrayList<>();
    for (String p : rows) {
      label(mine, p, mineOwner, out);
    }
    for (String p : columns) {
      label(theirs, p, BlindView.Population.THEIRS, out);
    }
    return out;
  }

  private static void label(Side side, String population, String owner, List<BlindView.Population> out) {
    EncodedListFile.Population entry = side.list().header().population(population);
    if (entry != null && entry.sealedLabel() != null) {
      out.add(new BlindView.Population(owner, population, B64.encodeToString(entry.sealedLabel())));
    }
  }

  /** The record's ref, its share, and the sealed blocks of the named fields it carries. */
  private static BlindView.SealedRecord released(Side side, EncodedAccount a, List<String> fields) {
    EncodedListFile.Header header = side.list().header();
    Map<String, String> sealed = new LinkedHashMap<>();
    for (String f : fields) {
      int i = header.sealedFields().indexOf(f);
      if (i >= 0) {
        sealed.put(f, B64.encodeToString(header.sealedField(a.sealed(), i)));
      }
    }
    return new BlindView.SealedRecord(a.ref(), B64.encodeToString(side.release().share(a.ref())), sealed);
  }

  private static Set<String> populations(Side side) {
    Set<String> out = new LinkedHashSet<>();
    side.list().accounts().forEach(a -> out.add(a.population()));
    return out;
  }
}
