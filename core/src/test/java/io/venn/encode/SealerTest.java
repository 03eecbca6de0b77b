package io.venn.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SealerTest {
  private static final byte[] KEY = bytes(32, 7);
  private static final byte[] PAYLOAD = "{\"id\":\"0015g00000XyZ1\",\"name\":\"Société Générale\"}".getBytes(StandardCharsets.UTF_8);

  private static byte[] bytes(int n, int fill) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) fill);
    return b;
  }

  @Test
  void open_returnsWhatWasSealed() throws GeneralSecurityException {
    Sealer sealer = new Sealer(KEY);
    byte[] sealed = sealer.seal(PAYLOAD, "ref-1");
    assertThat(sealed).hasSize(PAYLOAD.length + 28);
    assertThat(new Sealer(KEY.clone()).open(sealed, "ref-1")).isEqualTo(PAYLOAD);
  }

  @Test
  void seal_freshNonceEachTime() {
    Sealer sealer = new Sealer(KEY);
    assertThat(sealer.seal(PAYLOAD, "r")).isNotEqualTo(sealer.seal(PAYLOAD, "r"));
  }

  @Test
  void open_wrongKey() {
    byte[] sealed = new Sealer(KEY).seal(PAYLOAD, "r");
    assertThatThrownBy(() -> new Sealer(bytes(32, 8)).open(sealed, "r")).isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void open_payloadMovedToAnotherRecord() {
    byte[] sealed = new Sealer(KEY).seal(PAYLOAD, "r1");
    assertThatThrownBy(() -> new Sealer(KEY).open(sealed, "r2")).isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void open_tamperedOrTruncated() {
    byte[] sealed = new Sealer(KEY).seal(PAYLOAD, "r");
    sealed[20] ^= 1;
    assertThatThrownBy(() -> new Sealer(KEY).open(sealed, "r")).isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> new Sealer(KEY).open(new byte[10], "r")).isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void new_keyNot32Bytes() {
    assertThatThrownBy(() -> new Sealer(bytes(16, 1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32");
  }
}
