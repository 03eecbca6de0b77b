package io.venn.cli;

import io.venn.encode.PartnershipKeys;
import io.venn.encode.PartnershipSecret;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Set;

/**
 * {@code venn secret}: the partnership secret from my private key and the partner's public key
 * (X25519, then HKDF bound to the partnership id). Both sides get the same secret; it never travels.
 */
final class SecretCommand {
  private final PrintStream out;

  SecretCommand(PrintStream out) {
    this.out = out;
  }

  int run(List<String> argv) throws CliException {
    Args args = Args.parse(argv, Set.of("--mine", "--theirs", "--partnership", "--out"), Set.of(), Set.of());
    Path mineFile = Path.of(args.required("--mine"));
    Path theirsFile = Path.of(args.required("--theirs"));
    String partnership = args.required("--partnership").strip();
    Path target = Path.of(args.required("--out"));
    PartnershipKeys.KeyPair mine = KeygenCommand.readPrivate(mineFile);
    PublicKey theirs;
    try {
      theirs = PartnershipKeys.decodePublic(KeyFiles.read(theirsFile));
    } catch (IllegalArgumentException e) {
      throw CliException.input(theirsFile.toString(), e.getMessage());
    }
    PartnershipSecret secret;
    try {
      secret = PartnershipKeys.agree(mine.privateKey(), mine.publicKey(), theirs, partnership);
    } catch (IllegalArgumentException e) {
      throw CliException.input(theirsFile.toString(), e.getMessage());
    }
    KeyFiles.write(target, secret.text(), true, true);
    out.println("wrote the secret of partnership " + partnership + " to " + target + " (keep it on this machine)");
    return 0;
  }
}
