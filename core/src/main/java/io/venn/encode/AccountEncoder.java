package io.venn.encode;

import io.venn.normalize.CanonicalAccount;

/** CONTRACT ONLY (implementation coming): canonical account -> keyed features. Thread-safe. */
public final class AccountEncoder {
  private AccountEncoder() {}

  public static AccountEncoder withKey(EncodingKey key) {
    return new AccountEncoder();
  }

  /**
   * @param ref the opaque reference to put in the encoding
   * @param sealed sealed shared fields for blind mode, or {@code null}
   */
  public EncodedAccount encode(CanonicalAccount account, String ref, byte[] sealed) {
    throw new IllegalStateException("under construction");
  }
}
