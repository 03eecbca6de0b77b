package io.venn.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EncodingKeyTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void hkdf_rfc5869TestCase1() {
    byte[] ikm = HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    byte[] salt = HEX.parseHex("000102030405060708090a0b0c");
    byte[] info = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9");
    byte[] prk = EncodingKey.extract(salt, ikm);
    assertThat(HEX.formatHex(prk))
        .isEqualTo("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5");
    assertThat(HEX.formatHex(EncodingKey.expand(prk, info, 42)))
        .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
  }

  @Test
  void derive_samesecretSameSubkeys_differentPurposesIndependent() {
    byte[] secret = "a partnership secret of enough length".getBytes(StandardCharsets.UTF_8);
    EncodingKey a = EncodingKey.fromSecret(secret);
    EncodingKey b = EncodingKey.fromSecret(secret.clone());
    assertThat(a.derive("token", 32)).isEqualTo(b.derive("token", 32));
    assertThat(a.derive("token", 32)).isNotEqualTo(a.derive("seal", 32));
  }

  @Test
  void forJob_sameSecretAndNonce_sameKey_otherNonce_unrelatedKey() {
    EncodingKey partnership = EncodingKey.fromSecret(new byte[32]);
    assertThat(partnership.forJob("job-0001").derive("token", 32)).isEqualTo(EncodingKey.fromSecret(new byte[32]).forJob("job-0001").derive("token", 32));
    assertThat(partnership.forJob("job-0001").derive("token", 32)).isNotEqualTo(partnership.forJob("job-0002").derive("token", 32));
    assertThat(partnership.forJob("job-0001").derive("token", 32)).isNotEqualTo(partnership.derive("token", 32));
  }

  @Test
  void forJob_blankNonce_refused() {
    assertThatThrownBy(() -> EncodingKey.random().forJob(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void random_keysDiffer() {
    assertThat(EncodingKey.random().derive("token", 32)).isNotEqualTo(EncodingKey.random().derive("token", 32));
  }

  @Test
  void fromSecret_shortSecret_rejectedWithLength() {
    assertThatThrownBy(() -> EncodingKey.fromSecret(new byte[8]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16 bytes")
        .hasMessageContaining("8");
  }

  @Test
  void toString_neverShowsKeyMaterial() {
    assertThat(EncodingKey.random().toString()).isEqualTo("EncodingKey[redacted]");
  }
}
