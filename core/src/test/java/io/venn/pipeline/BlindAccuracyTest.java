package io.venn.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.encode.AccountEncoder;
import io.venn.encode.BlindProfile;
import io.venn.encode.EncodedAccount;
import io.venn.encode.EncodingKey;
import io.venn.encode.TokenPriors;
import io.venn.encode.io.EncodedListFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blind mode gives up features to resist frequency analysis ({@link BlindProfile}); this checks it
 * does not give up accuracy: on the labelled real listings, F1 within one point of plaintext mode,
 * under one key for both so the only difference is the profile. Blind records go through the
 * {@code .venn} file as the service receives them, so a feature the format drops shows here.
 */
class BlindAccuracyTest {
  private static final EncodingKey KEY = EncodingKey.fromSecret("blind-accuracy-test-secret".getBytes(StandardCharsets.UTF_8));

  @Test
  void matchEncoded_blindProfile_f1WithinOnePointOfPlaintext() throws IOException {
    LabelledSet set = LabelledSet.load("accuracy");
    AccountEncoder encoder = AccountEncoder.withKey(KEY);
    List<EncodedAccount> left = Pipeline.encodeAll(set.left(), encoder, 2);
    List<EncodedAccount> right = Pipeline.encodeAll(set.right(), encoder, 2);
    LabelledSet.Scores plain = set.score(Pipeline.matchEncoded(left, right, encoder.priors(), MatchConfig.defaults()));

    BlindProfile profile = BlindProfile.of(KEY);
    LabelledSet.Scores blind = set.score(Pipeline.matchEncoded(
        throughFile(left.stream().map(profile::apply).toList()), throughFile(right.stream().map(profile::apply).toList()), TokenPriors.blind(),
        MatchConfig.defaults()));
    System.out.println("BlindAccuracyTest plaintext: " + plain + "\nBlindAccuracyTest blind: " + blind);

    assertThat(blind.precision()).as(blind.toString()).isGreaterThanOrEqualTo(0.995);
    assertThat(f1(blind)).as("blind %s vs plaintext %s", blind, plain).isGreaterThanOrEqualTo(f1(plain) - 0.01);
  }

  /** The CRM-style corpus's held-out part and the NYSE / SEC registry check, as CrmCorpusAccuracyTest reads them. */
  @ParameterizedTest
  @ValueSource(strings = {"crm-corpus/heldout", "nyse-sec"})
  void matchEncoded_blindProfileOnCorpus_f1WithinOnePointOfPlaintext(String folder) throws IOException {
    CorpusPart part = CorpusPart.load(folder);
    AccountEncoder encoder = AccountEncoder.withKey(KEY);
    List<EncodedAccount> left = Pipeline.encodeAll(part.left(), encoder, 2);
    List<EncodedAccount> right = Pipeline.encodeAll(part.right(), encoder, 2);
    CorpusPart.Scores plain = part.score(Pipeline.matchEncoded(left, right, encoder.priors(), MatchConfig.defaults()));
    BlindProfile profile = BlindProfile.of(KEY);
    CorpusPart.Scores blind = part.score(Pipeline.matchEncoded(
        throughFile(left.stream().map(profile::apply).toList()), throughFile(right.stream().map(profile::apply).toList()), TokenPriors.blind(),
        MatchConfig.defaults()));
    System.out.printf("BlindAccuracyTest %s plaintext P %.4f R %.4f F1 %.4f; blind P %.4f R %.4f F1 %.4f%n", folder,
        plain.precision(), plain.recall(), f1(plain.precision(), plain.recall()), blind.precision(), blind.recall(),
        f1(blind.precision(), blind.recall()));

    assertThat(f1(blind.precision(), blind.recall())).as("blind %s vs plaintext %s", blind, plain)
        .isGreaterThanOrEqualTo(f1(plain.precision(), plain.recall()) - 0.01);
  }

  /** Written to a {@code .venn} file and read back: what a matcher of uploaded lists gets. */
  static List<EncodedAccount> throughFile(List<EncodedAccount> accounts) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (EncodedListFile.ListWriter w = EncodedListFile.writer(out, new EncodedListFile.Header("accuracy-test", List.of(), TokenPriors.NONE))) {
      for (EncodedAccount a : accounts) {
        w.write(a);
      }
    }
    List<EncodedAccount> back = new java.util.ArrayList<>();
    EncodedListFile.read(new java.io.ByteArrayInputStream(out.toByteArray()), "accuracy-test.venn", back::add);
    return back;
  }

  private static double f1(LabelledSet.Scores s) {
    return f1(s.precision(), s.recall());
  }

  private static double f1(double precision, double recall) {
    return 2 * precision * recall / (precision + recall);
  }
}
