package io.venn.bench.attack;

import io.venn.encode.EncodedAccount;
import io.venn.encode.ReleaseKey;
import io.venn.encode.Sealer;
import io.venn.encode.TokenPriors;
import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.Pipeline;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partner, who holds the secret: what it learns if it gets the other side's encoded list (as in
 * the command-line flow, where the files travel), and what one-record probe lists tell it.
 */
final class PartnerAttack {
  private PartnerAttack() {}

  /** Encodes every public name under the secret and looks each record's name tokens and domain up. */
  static String[] dictionary(Victims victims, Scheme scheme) {
    Map<String, Set<String>> byName = new HashMap<>();
    Map<Long, Set<String>> byDomain = new HashMap<>();
    for (int p = 0; p < victims.publicSize(); p++) {
      EncodedAccount e = encode(victims, scheme, p);
      String name = victims.publicName(p);
      byName.computeIfAbsent(Arrays.toString(e.nameTokens()), k -> new HashSet<>()).add(name);
      if (e.domain() != 0) {
        byDomain.computeIfAbsent(e.domain(), k -> new HashSet<>()).add(name);
      }
    }
    String[] guesses = new String[victims.size()];
    for (int v = 0; v < victims.size(); v++) {
      EncodedAccount e = victims.encoded(scheme, v);
      Set<String> hit = byName.get(Arrays.toString(e.nameTokens()));
      if (hit == null || hit.size() != 1) {
        hit = byDomain.get(e.domain());
      }
      guesses[v] = hit != null && hit.size() == 1 ? hit.iterator().next() : null;
    }
    return guesses;
  }

  /** What the partner gets from sealed payloads it was not released. */
  record Payloads(int sealed, int openedWithoutShare, int openedWithOtherShare, int distinctSizes) {}

  /**
   * Seals each record's name as {@code venn encode} does (per-record key from the job key and the
   * owner's release share), then tries to open every payload with the secret alone (no share) and
   * with another record's released share.
   */
  static Payloads payloads(Victims victims) {
    Sealer sealer = Sealer.forJob(victims.key());
    ReleaseKey release = ReleaseKey.random();
    Set<Integer> sizes = new HashSet<>();
    int withoutShare = 0;
    int otherShare = 0;
    byte[] released = release.share("r-released");
    for (int v = 0; v < victims.size(); v++) {
      String ref = "r" + v;
      byte[] sealed = sealer.record("a", ref, release.share(ref)).seal("name", victims.accounts().get(v).name());
      sizes.add(sealed.length);
      withoutShare += opens(sealer.record("a", ref, new byte[32]), sealed) ? 1 : 0;
      otherShare += opens(sealer.record("a", ref, released), sealed) ? 1 : 0;
    }
    return new Payloads(victims.size(), withoutShare, otherShare, sizes.size());
  }

  private static boolean opens(Sealer.RecordSeal seal, byte[] sealed) {
    try {
      seal.open("name", sealed);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** Probe outcomes: how many of {@code members} and of {@code others} one-record lists were matched. */
  record Probes(int members, int membersFound, int others, int othersFound) {}

  /** Matches one-record lists (a victim's public record, or a company not in the list) against the list. */
  static Probes probes(Victims victims, Scheme scheme, int each) {
    Set<Integer> inList = new HashSet<>();
    for (int v = 0; v < victims.size(); v++) {
      inList.add(victims.publicIndexOf(v));
    }
    TokenPriors priors = scheme == Scheme.BLIND ? TokenPriors.blind() : victims.encoder().priors();
    MatchConfig config = MatchConfig.builder().threads(2).build();
    int members = 0;
    int membersFound = 0;
    int others = 0;
    int othersFound = 0;
    for (int p = 0; p < victims.publicSize() && (members < each || others < each); p++) {
      boolean member = inList.contains(p);
      if (member ? members >= each : others >= each) {
        continue;
      }
      boolean found = !Pipeline.matchEncoded(List.of(encode(victims, scheme, p)), victims.encoded(scheme), priors, config)
          .matches().isEmpty();
      if (member) {
        members++;
        membersFound += found ? 1 : 0;
      } else {
        others++;
        othersFound += found ? 1 : 0;
      }
    }
    return new Probes(members, membersFound, others, othersFound);
  }

  private static EncodedAccount encode(Victims victims, Scheme scheme, int p) {
    EncodedAccount e = victims.encoder().encode(victims.publicCanonical(p), "p" + p, null);
    return scheme == Scheme.BLIND ? victims.profile().apply(e) : e;
  }
}
