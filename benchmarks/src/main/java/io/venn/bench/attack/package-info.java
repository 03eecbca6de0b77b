/**
 * The attack suite: what a matcher without the secret, and a partner with it, can learn from blind
 * encoded lists of real companies, before and after {@link io.venn.encode.BlindProfile}. Entry point
 * {@link io.venn.bench.attack.AttackSuite}; figures in {@code benchmarks/RESULTS.md} and {@code docs/privacy.md}.
 */
package io.venn.bench.attack;
