package io.venn.cli;

import io.venn.encode.PartnershipKeys;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code venn keygen}: a fresh X25519 key pair. The private key file holds both keys (so {@code venn
 * secret} needs only it); the public key file is the one line to register with the partnership.
 */
final class KeygenCommand {
  static final String PRIVATE_MAGIC = "venn-private-key v1";
  private final PrintStream out;

  KeygenCommand(PrintStream out) {
    this.out = out;
  }

  int run(List<String> argv) throws CliException {
    Args args = Args.parse(argv, Set.of("--out"), Set.of(), Set.of());
    String prefix = args.required("--out");
    Path privateFile = Path.of(prefix + ".key");
    Path publicFile = Path.of(prefix + ".pub");
    PartnershipKeys.KeyPair pair = PartnershipKeys.generate();
    String pub = PartnershipKeys.encodePublic(pair.publicKey());
    KeyFiles.write(privateFile, PRIVATE_MAGIC + "\n" + PartnershipKeys.encodePrivate(pair.privateKey()) + "\n" + pub + "\n", true, false);
    KeyFiles.write(publicFile, pub + "\n", false, true);
    out.println("wrote " + privateFile + " (private: keep it on this machine) and " + publicFile
        + " (public: register it with the partnership)");
    return 0;
  }

  /** The key pair in a private key file. */
  static PartnershipKeys.KeyPair readPrivate(Path file) throws CliException {
    String[] lines = KeyFiles.read(file).strip().split("\\R");
    if (lines.length != 3 || !lines[0].strip().equals(PRIVATE_MAGIC)) {
      throw CliException.input(file.toString(), "not a private key written by 'venn keygen' (expected '" + PRIVATE_MAGIC + "' and two key lines)");
    }
    try {
      return new PartnershipKeys.KeyPair(PartnershipKeys.decodePrivate(lines[1]), PartnershipKeys.decodePublic(lines[2]));
    } catch (IllegalArgumentException e) {
      throw CliException.input(file.toString(), e.getMessage());
    }
  }
}
