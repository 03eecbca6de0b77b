package io.venn.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SealerTest {
  private static final EncodingKey JOB = EncodingKey.fromSecret(new byte[32]).forJob("job-0001");
  private static final ReleaseKey RELEASE = ReleaseKey.random();
  private static final String REF = "9f86d081884c7d659a2feaa0c55ad015";

  private static Sealer.RecordSeal seal(EncodingKey job, String side, String ref, byte[] share) {
    return Sealer.forJob(job).record(side, ref, share);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Zanzibar Quantum Logistics", "Société Générale S.A.", "株式会社トヨタ自動車", "", "x"})
  void open_returnsTheSealedValue_atAFixedSize(String value) throws GeneralSecurityException {
    byte[] sealed = seal(JOB, "a", REF, RELEASE.share(REF)).seal("name", value);
    assertThat(sealed).hasSize(Sealer.SEALED_BYTES);
    assertThat(seal(JOB, "a", REF, RELEASE.share(REF)).open("name", sealed)).isEqualTo(value);
  }

  @Test
  void seal_longValueCutAtACharacterBoundary() throws GeneralSecurityException {
    String longName = "Ü".repeat(60); // 120 UTF-8 bytes, more than the block holds
    assertThat(Sealer.fits(longName)).isFalse();
    String opened = seal(JOB, "a", REF, RELEASE.share(REF)).open("name", seal(JOB, "a", REF, RELEASE.share(REF)).seal("name", longName));
    assertThat(opened).isEqualTo("Ü".repeat(47));
  }

  static Stream<Arguments> wrongContexts() {
    EncodingKey otherJob = EncodingKey.fromSecret(new byte[32]).forJob("job-0002");
    EncodingKey otherSecret = EncodingKey.fromSecret(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}).forJob("job-0001");
    return Stream.of(
        Arguments.of("the share of another record", JOB, "a", REF, RELEASE.share("another-ref"), "name"),
        Arguments.of("a guessed share (no release)", JOB, "a", REF, new byte[32], "name"),
        Arguments.of("another release key", JOB, "a", REF, ReleaseKey.random().share(REF), "name"),
        Arguments.of("another job", otherJob, "a", REF, RELEASE.share(REF), "name"),
        Arguments.of("another secret", otherSecret, "a", REF, RELEASE.share(REF), "name"),
        Arguments.of("the other side", JOB, "b", REF, RELEASE.share(REF), "name"),
        Arguments.of("another ref", JOB, "a", "another-ref", RELEASE.share(REF), "name"),
        Arguments.of("another field", JOB, "a", REF, RELEASE.share(REF), "domain"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongContexts")
  void open_anythingButTheSealingContext_fails(String label, EncodingKey job, String side, String ref, byte[] share, String field) {
    byte[] sealed = seal(JOB, "a", REF, RELEASE.share(REF)).seal("name", "Zanzibar Quantum Logistics");
    assertThatThrownBy(() -> seal(job, side, ref, share).open(field, sealed)).isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void open_alteredPayload_fails() {
    byte[] sealed = seal(JOB, "a", REF, RELEASE.share(REF)).seal("name", "Initech");
    sealed[40] ^= 1;
    assertThatThrownBy(() -> seal(JOB, "a", REF, RELEASE.share(REF)).open("name", sealed)).isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void open_truncatedPayload_failsWithoutException() {
    assertThatThrownBy(() -> seal(JOB, "a", REF, RELEASE.share(REF)).open("name", new byte[20]))
        .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("124 bytes");
  }

  @Test
  void seal_sameValueTwice_differentBytes() {
    Sealer.RecordSeal s = seal(JOB, "a", REF, RELEASE.share(REF));
    assertThat(s.seal("name", "Initech")).isNotEqualTo(s.seal("name", "Initech"));
  }
}
