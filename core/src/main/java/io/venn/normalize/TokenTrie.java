package io.venn.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Token sequences to values, matched at one end of a token list: forward from the start, or
 * backward from the end when the sequences were added reversed. Built once, then only read.
 */
final class TokenTrie<V> {
  private final Map<String, TokenTrie<V>> children = new HashMap<>(4);
  private V value;

  /** Stores the value under the sequence (read backward when {@code reversed}) unless one is there. */
  V putIfAbsent(List<String> sequence, boolean reversed, V v) {
    TokenTrie<V> node = this;
    int n = sequence.size();
    for (int i = 0; i < n; i++) {
      node = node.children.computeIfAbsent(sequence.get(reversed ? n - 1 - i : i), k -> new TokenTrie<>());
    }
    if (node.value == null) {
      node.value = v;
    }
    return node.value;
  }

  /**
   * The longest accepted sequence at the start of tokens[from, to) (or at its end when {@code
   * backward}) that leaves at least one token; {@code null} when none.
   */
  Match<V> longest(List<String> tokens, int from, int to, boolean backward, Predicate<V> accept) {
    TokenTrie<V> node = this;
    Match<V> best = null;
    int available = to - from - 1; // never the whole list: a name keeps at least one token
    for (int k = 0; k < available; k++) {
      node = node.children.get(tokens.get(backward ? to - 1 - k : from + k));
      if (node == null) {
        break;
      }
      if (node.value != null && accept.test(node.value)) {
        best = new Match<>(k + 1, node.value);
      }
    }
    return best;
  }

  record Match<V>(int length, V value) {}
}
