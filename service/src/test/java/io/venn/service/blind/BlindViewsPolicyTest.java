package io.venn.service.blind;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.encode.ReleaseKey;
import io.venn.encode.TokenPriors;
import io.venn.encode.io.EncodedListFile;
import io.venn.view.PopulationPolicy;
import io.venn.view.SharingPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which policy applies to a population the service knows only by its token. */
class BlindViewsPolicyTest {
  private static final BlindViews.Side LIST = new BlindViews.Side(new EncodedListFile.EncodedList(
      new EncodedListFile.Header("nonce-1234", List.of("id"), TokenPriors.NONE, List.of(
          new EncodedListFile.Population("p-customers", null, PopulationPolicy.overlaps("name")),
          new EncodedListFile.Population("p-partners", null, PopulationPolicy.HIDDEN),
          new EncodedListFile.Population("p-other", null, null))),
      List.of()), ReleaseKey.random());

  @Test
  void declaredInTheList_appliesWhereTheHeldPolicyDoesNotNameTheToken() {
    SharingPolicy held = SharingPolicy.COUNTS_ONLY;
    assertThat(BlindViews.policyOf(held, LIST, "p-customers")).isEqualTo(PopulationPolicy.overlaps("name"));
    assertThat(BlindViews.policyOf(held, LIST, "p-partners")).isEqualTo(PopulationPolicy.HIDDEN);
    assertThat(BlindViews.policyOf(held, LIST, "p-other")).as("nothing declared: the held default").isEqualTo(PopulationPolicy.COUNTS);
  }

  @Test
  void heldPolicyNamingTheToken_overridesTheDeclaration() {
    SharingPolicy held = new SharingPolicy(PopulationPolicy.COUNTS, Map.of("p-customers", PopulationPolicy.HIDDEN));
    assertThat(BlindViews.policyOf(held, LIST, "p-customers")).isEqualTo(PopulationPolicy.HIDDEN);
  }

  @Test
  void heldHiddenDefault_hidesEvenWhatTheListDeclaredShared() {
    // The owner encoded with Customers shared, then decided to hide everything: hiding wins.
    SharingPolicy held = new SharingPolicy(PopulationPolicy.HIDDEN, Map.of());
    assertThat(BlindViews.policyOf(held, LIST, "p-customers")).isEqualTo(PopulationPolicy.HIDDEN);
  }

  @Test
  void heldPolicyNamingLabels_undeclaredPopulationsAreCountedNotShared() {
    // A policy written for plaintext jobs: records by default, "Prospects" hidden by its label, which
    // the service cannot read in blind mode. An undeclared population might be Prospects: counted only.
    SharingPolicy held = new SharingPolicy(PopulationPolicy.overlaps("name"), Map.of("Prospects", PopulationPolicy.HIDDEN));
    assertThat(BlindViews.policyOf(held, LIST, "p-other")).isEqualTo(PopulationPolicy.COUNTS);
    assertThat(BlindViews.policyOf(held, LIST, "p-customers")).as("declared in the list").isEqualTo(PopulationPolicy.overlaps("name"));
    SharingPolicy noLabels = new SharingPolicy(PopulationPolicy.overlaps("name"), Map.of());
    assertThat(BlindViews.policyOf(noLabels, LIST, "p-other")).as("no label entries: the held default").isEqualTo(PopulationPolicy.overlaps("name"));
  }
}
