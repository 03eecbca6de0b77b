package io.venn.service.view;

import io.venn.decide.Decision;
import io.venn.decide.FieldScore;
import io.venn.pipeline.Explainer;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.Pipeline;
import io.venn.read.Account;
import io.venn.service.job.Job;
import io.venn.service.job.JobExplainers;
import io.venn.service.list.ListSources;
import io.venn.service.system.Admission;
import io.venn.service.list.ListRecords;
import io.venn.service.system.VennProperties;
import io.venn.view.SharedPair;
import io.venn.view.Side;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Why a shared pair matched, as {@code --explain} prints it, for the drill-down. Only the evidence of
 * fields the partner shares for that record is given: "phone: same" would otherwise reveal an unshared
 * phone number of the partner's record.
 */
@Service
class EvidenceService {
  /** A page of the drill-down, not an export. */
  static final int MAX_RECORDS = 200;
  /**
   * Rebuilding a job's explainer (a job finished on another instance or before a restart) streams
   * both whole lists, holding a database connection and a core for as long as a job's encode: one at
   * a time, so drill-downs cannot starve jobs and requests of connections.
   */
  static final int AT_ONCE = 1;

  private final Admission explaining = new Admission(AT_ONCE, java.time.Duration.ofSeconds(30),
      "Another drill-down's evidence is being worked out (it reads both lists whole); try again in a minute.");
  private final ViewService views;
  private final ListSources accounts;
  private final ListRecords records;
  private final JobExplainers explainers;
  private final double threshold;

  EvidenceService(ViewService views, ListSources accounts, ListRecords records, JobExplainers explainers, VennProperties properties) {
    this.views = views;
    this.accounts = accounts;
    this.records = records;
    this.explainers = explainers;
    this.threshold = properties.jobs().threshold();
  }

  /** @return per id of my record, the evidence of its shared pair; ids without one are left out */
  Map<String, List<Reason>> evidence(String organizationId, String jobId, List<String> myIds) {
    ViewService.Viewed v = views.view(organizationId, jobId); // the same access checks as the matrix
    Job job = v.job();
    Side me = v.viewer();
    Set<String> wanted = new HashSet<>(myIds);
    // The view's shared pairs are exactly those whose partner record is in an OVERLAPS population.
    List<SharedPair> shared = v.view().shared();
    List<int[]> pairs = new ArrayList<>();
    List<String> pairOwner = new ArrayList<>();
    List<List<String>> pairFields = new ArrayList<>();
    // My records are named by id: find them by id (at most MAX_RECORDS), not every shared pair's id.
    Map<Integer, String> mine = records.withIds(v.myListId(), wanted);
    for (SharedPair p : shared) {
      String id = mine.get(p.mine());
      if (id != null) {
        pairs.add(me == Side.LEFT ? new int[] {p.mine(), p.theirs()} : new int[] {p.theirs(), p.mine()});
        pairOwner.add(id);
        pairFields.add(v.partnerPolicy().forPopulation(p.theirsPopulation()).fields());
      }
    }
    if (pairs.isEmpty()) {
      return Map.of();
    }
    List<Decision> decisions = explain(job, pairs);
    Map<String, List<Reason>> out = new LinkedHashMap<>();
    for (int i = 0; i < decisions.size(); i++) {
      List<Reason> reasons = new ArrayList<>();
      for (FieldScore f : decisions.get(i).reasons()) {
        if (pairFields.get(i).contains(f.field())) {
          reasons.add(new Reason(f.field(), f.label(), Double.isNaN(f.similarity()) ? null : f.similarity(), f.weight()));
        }
      }
      out.putIfAbsent(pairOwner.get(i), reasons);
    }
    return out;
  }

  /**
   * The job's decisions on {@code pairs} ({left, right} indices): by the explainer the job left in
   * this instance, else by one rebuilt from both lists (word rarity comes from the whole lists, as in
   * the job) and then kept; only the pairs' own records are read for the pairs.
   *
   * @throws IllegalStateException if a record is missing: its list was deleted while reading
   */
  private List<Decision> explain(Job job, List<int[]> pairs) {
    Explainer explainer = explainers.find(job.id()).orElseGet(() -> explaining.call(() -> rebuild(job)));
    Map<Integer, Account> left = records.accounts(job.leftListId(), pairs.stream().mapToInt(p -> p[0]).toArray());
    Map<Integer, Account> right = records.accounts(job.rightListId(), pairs.stream().mapToInt(p -> p[1]).toArray());
    List<Account> lefts = new ArrayList<>(pairs.size());
    List<Account> rights = new ArrayList<>(pairs.size());
    for (int[] p : pairs) {
      Account l = left.get(p[0]);
      Account r = right.get(p[1]);
      if (l == null || r == null) {
        throw new IllegalStateException("job " + job.id() + ": a record of a shared pair is gone (its list was deleted)");
      }
      lefts.add(l);
      rights.add(r);
    }
    return explainer.explain(lefts, rights);
  }

  /**
   * The job's explainer from both lists, kept for the next drill-down. Runs one at a time ({@link
   * #explaining}), so a request that waited here finds the one built before it.
   */
  private Explainer rebuild(Job job) {
    return explainers.find(job.id()).orElseGet(() -> {
      MatchConfig.Builder config = MatchConfig.builder();
      if (threshold > 0) {
        config.threshold(threshold);
      }
      Explainer built = Pipeline.explainer(accounts.source(job.leftListId()), accounts.source(job.rightListId()), config.build());
      explainers.put(job.id(), built);
      return built;
    });
  }

  /** One field's evidence: e.g. {@code name, "same words", 1.0, 13.49}. */
  record Reason(String field, String label, Double similarity, double weight) {}
}
