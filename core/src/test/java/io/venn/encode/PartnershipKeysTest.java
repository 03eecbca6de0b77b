package io.venn.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnershipKeysTest {
  private static final PartnershipKeys.KeyPair ACME = PartnershipKeys.generate();
  private static final PartnershipKeys.KeyPair GLOBEX = PartnershipKeys.generate();

  @Test
  void agree_bothSidesDeriveTheSameSecret_onOppositeSides() {
    PartnershipSecret acme = PartnershipKeys.agree(ACME.privateKey(), ACME.publicKey(), GLOBEX.publicKey(), "p-1");
    PartnershipSecret globex = PartnershipKeys.agree(GLOBEX.privateKey(), GLOBEX.publicKey(), ACME.publicKey(), "p-1");
    assertThat(acme.secret()).isEqualTo(globex.secret()).hasSize(32);
    assertThat(acme.side()).isEqualTo(globex.otherSide());
  }

  @Test
  void agree_boundToThePartnership() {
    PartnershipSecret one = PartnershipKeys.agree(ACME.privateKey(), ACME.publicKey(), GLOBEX.publicKey(), "p-1");
    PartnershipSecret two = PartnershipKeys.agree(ACME.privateKey(), ACME.publicKey(), GLOBEX.publicKey(), "p-2");
    assertThat(one.secret()).isNotEqualTo(two.secret());
  }

  @Test
  void agree_outsiderWithBothPublicKeysGetsAnotherSecret() {
    PartnershipKeys.KeyPair eve = PartnershipKeys.generate();
    PartnershipSecret real = PartnershipKeys.agree(ACME.privateKey(), ACME.publicKey(), GLOBEX.publicKey(), "p-1");
    PartnershipSecret guessed = PartnershipKeys.agree(eve.privateKey(), ACME.publicKey(), GLOBEX.publicKey(), "p-1");
    assertThat(guessed.secret()).isNotEqualTo(real.secret());
  }

  @Test
  void agree_ownPublicKeyAsThePartners_refused() {
    assertThatThrownBy(() -> PartnershipKeys.agree(ACME.privateKey(), ACME.publicKey(), ACME.publicKey(), "p-1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("your own");
  }

  @Test
  void agree_lowOrderPointAsThePartnersKey_refused() {
    // The all-zero u-coordinate: X25519 with it gives zero whatever the private key (RFC 7748 section 6.1).
    byte[] x509 = Base64.getUrlDecoder().decode(PartnershipKeys.encodePublic(GLOBEX.publicKey()));
    java.util.Arrays.fill(x509, x509.length - 32, x509.length, (byte) 0);
    assertThatThrownBy(() -> PartnershipKeys.agree(ACME.privateKey(), ACME.publicKey(),
        PartnershipKeys.decodePublic(Base64.getUrlEncoder().encodeToString(x509)), "p-1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void publicKey_roundTripsThroughItsText() {
    String text = PartnershipKeys.encodePublic(ACME.publicKey());
    assertThat(PartnershipKeys.decodePublic(text + "\n")).isEqualTo(ACME.publicKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "hello", "MCowBQYDK2VuAyEA", "-----BEGIN PUBLIC KEY-----"})
  void decodePublic_notAKey_refused(String text) {
    assertThatThrownBy(() -> PartnershipKeys.decodePublic(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an X25519 public key");
  }

  @Test
  void secretFile_roundTrips_andNeverPrintsTheSecret() {
    PartnershipSecret s = PartnershipKeys.agree(ACME.privateKey(), ACME.publicKey(), GLOBEX.publicKey(), "p-1");
    assertThat(PartnershipSecret.parse(s.text())).isEqualTo(s);
    assertThat(s.toString()).doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(s.secret()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"aaaaaaaaaaaaaaaa", "correct horse battery staple 42\n", "venn-secret v1\npartnership p\nside a\n",
      "venn-secret v1\npartnership p\nside c\nsecret AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      "venn-secret v1\npartnership p\nside a\nsecret YWFhYWFhYWFhYWFhYWFhYQ"})
  void parse_passphrasesAndMalformedFiles_refused(String text) {
    assertThatThrownBy(() -> PartnershipSecret.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line");
  }
}
