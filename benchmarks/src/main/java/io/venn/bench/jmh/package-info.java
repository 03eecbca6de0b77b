/**
 * JMH micro-benchmarks, one class per question, data from the seeded generator; run them with
 * {@code java -jar benchmarks/target/venn-benchmarks.jar [Name]} or through {@link io.venn.bench.jmh.Micro}.
 */
package io.venn.bench.jmh;
