package io.venn.service.view;

import io.venn.cluster.Entity;
import io.venn.decide.Decision;
import io.venn.decide.FieldScore;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.Pipeline;
import io.venn.read.Account;
import io.venn.service.job.Job;
import io.venn.service.job.JobService;
import io.venn.service.list.AccountCache;
import io.venn.service.system.VennProperties;
import io.venn.view.Level;
import io.venn.view.PopulationPolicy;
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
  /** A page of the drill-down, not an export: explaining re-encodes both lists, so ask for few. */
  static final int MAX_RECORDS = 200;
  private final ViewService views;
  private final JobService jobs;
  private final AccountCache accounts;
  private final double threshold;

  EvidenceService(ViewService views, JobService jobs, AccountCache accounts, VennProperties properties) {
    this.views = views;
    this.jobs = jobs;
    this.accounts = accounts;
    this.threshold = properties.jobs().threshold();
  }

  /** @return per id of my record, the evidence of its shared pair; ids without one are left out */
  Map<String, List<Reason>> evidence(String organizationId, String jobId, List<String> myIds) {
    ViewService.Viewed v = views.view(organizationId, jobId); // the same access checks as the matrix
    Job job = v.job();
    Side me = v.partnership().sideOf(organizationId);
    List<Account> left = accounts.accounts(job.leftListId());
    List<Account> right = accounts.accounts(job.rightListId());
    List<Account> mine = me == Side.LEFT ? left : right;
    List<Account> theirs = me == Side.LEFT ? right : left;
    Set<String> wanted = new HashSet<>(myIds);
    List<int[]> pairs = new ArrayList<>();
    List<String> pairOwner = new ArrayList<>();
    List<List<String>> pairFields = new ArrayList<>();
    for (Entity e : jobs.result(job).entities()) {
      int[] myIdx = me == Side.LEFT ? e.left() : e.right();
      int[] theirIdx = me == Side.LEFT ? e.right() : e.left();
      for (int m : myIdx) {
        if (!wanted.contains(mine.get(m).id())) {
          continue;
        }
        for (int t : theirIdx) {
          PopulationPolicy policy = v.partnership().policyOf(me.other()).forPopulation(theirs.get(t).population());
          if (policy.level() == Level.OVERLAPS) {
            pairs.add(me == Side.LEFT ? new int[] {m, t} : new int[] {t, m});
            pairOwner.add(mine.get(m).id());
            pairFields.add(policy.fields());
          }
        }
      }
    }
    if (pairs.isEmpty()) {
      return Map.of();
    }
    MatchConfig.Builder config = MatchConfig.builder();
    if (threshold > 0) {
      config.threshold(threshold);
    }
    List<Decision> decisions = Pipeline.explain(left, right, pairs, config.build());
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

  /** One field's evidence: e.g. {@code name, "same words", 1.0, 13.49}. */
  record Reason(String field, String label, Double similarity, double weight) {}
}
