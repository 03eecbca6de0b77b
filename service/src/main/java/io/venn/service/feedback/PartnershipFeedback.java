package io.venn.service.feedback;

import io.venn.pipeline.Feedback;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the next run of a partnership must honour, as the engine's {@link Feedback}: a pair either
 * side called {@code not_a_match} is never matched, for both sides; a pair both sides called
 * {@code match} (and neither rejected) is matched even where the engine alone would not match it; a
 * {@code match} from one side only changes nothing.
 */
@Component
public class PartnershipFeedback {
  private final FeedbackRepository repository;

  PartnershipFeedback(FeedbackRepository repository) {
    this.repository = repository;
  }

  public Feedback of(String partnershipId) {
    // In the order given, so the same verdicts always make the same Feedback.
    Map<PairIds, Set<String>> saidMatch = new LinkedHashMap<>();
    Set<PairIds> rejected = new LinkedHashSet<>();
    for (FeedbackRepository.Given g : repository.ofPartnership(partnershipId)) {
      if (g.verdict() == Verdict.NOT_A_MATCH) {
        rejected.add(g.pair());
      } else {
        saidMatch.computeIfAbsent(g.pair(), k -> new HashSet<>()).add(g.organizationId());
      }
    }
    Feedback.Builder feedback = Feedback.builder();
    for (PairIds pair : rejected) {
      feedback.notAMatch(pair.leftId(), pair.rightId());
    }
    for (Map.Entry<PairIds, Set<String>> e : saidMatch.entrySet()) {
      if (e.getValue().size() == 2) {
        feedback.match(e.getKey().leftId(), e.getKey().rightId()); // ignored if either side rejected it
      }
    }
    return feedback.build();
  }
}
