package io.venn.decide;

import io.venn.compare.DomainLevels;
import io.venn.compare.LevelComparator;
import io.venn.compare.NameLevels;
import io.venn.compare.RegistrationLevels;
import io.venn.decide.Level.Rule;
import io.venn.encode.EncodedAccount;
import java.util.List;

/**
 * The comparisons Venn makes, declared in one place: adding a rule is adding a level here (and
 * its label to the comparator that picks it); its m and u are then estimated, never hand-set. The
 * probabilities below are placeholders that {@link MatchModel#withProbabilities} replaces.
 */
final class StandardModel {
  private StandardModel() {}

  private static final double P = 0.5;

  static MatchModel declared() {
    return MatchModel.of(0, List.of(
        new Comparison("name", new NameLevels(), List.of(
            new Level("same words", P, P, Rule.TERM_FREQUENCY),
            new Level("one name contains the other", P, P, Rule.TERM_FREQUENCY),
            new Level("close spelling", P, P, Rule.TERM_FREQUENCY),
            new Level("initials of the other", P, P, Rule.EVIDENCE),
            new Level("same sounds, long name", P, P, Rule.EVIDENCE),
            new Level("same sounds, shorter name", P, P, Rule.EVIDENCE),
            new Level("transliterated match", P, P, Rule.EVIDENCE),
            new Level("some words differ", P, P, Rule.TERM_FREQUENCY),
            new Level("nothing shared", P, P, Rule.EVIDENCE)), true),
        new Comparison("domain", new DomainLevels(), List.of(
            new Level("same website", P, P, Rule.ACCOUNT_KEY),
            new Level("same website, shared by several records", P, P, Rule.EVIDENCE),
            new Level("same name, other suffix", P, P, Rule.EVIDENCE),
            new Level("same name, other suffix, two scripts", P, P, Rule.ACCOUNT_KEY),
            new Level("different", P, P, Rule.EVIDENCE),
            new Level("name spells the website, two scripts", P, P, Rule.ACCOUNT_KEY),
            new Level("name spells the website", P, P, Rule.EVIDENCE)), false),
        // A country that disagrees decides even at one website: a regional branch ("Acme (France)" /
        // "Acme (Poland)"). True pairs disagree on the country well under 1% of the time.
        new Comparison("country", LevelComparator.exact(EncodedAccount::country), List.of(
            new Level("same", P, P, Rule.EVIDENCE),
            new Level("different: a branch in another country", P, P, Rule.FORCE_NO_MATCH)), false),
        // Head office in one CRM, a branch in the other: these yield to a shared website.
        sameOrDifferent("state", EncodedAccount::state, true),
        new Comparison("city", new io.venn.compare.CityLevels(),
            List.of(new Level("same", P, P, Rule.EVIDENCE), new Level("different", P, P, Rule.EVIDENCE)), true),
        sameOrDifferent("phone", EncodedAccount::phone, true),
        new Comparison("registration", new RegistrationLevels(), List.of(
            new Level("same DUNS or LEI", P, P, Rule.FORCE_MATCH),
            new Level("different DUNS or LEI", P, P, Rule.FORCE_NO_MATCH),
            new Level("same national number", P, P, Rule.EVIDENCE),
            new Level("different national number", P, P, Rule.EVIDENCE)), false)));
  }

  private static Comparison sameOrDifferent(String field, java.util.function.ToLongFunction<EncodedAccount> token, boolean yields) {
    return new Comparison(field, LevelComparator.exact(token),
        List.of(new Level("same", P, P, Rule.EVIDENCE), new Level("different", P, P, Rule.EVIDENCE)), yields);
  }
}
