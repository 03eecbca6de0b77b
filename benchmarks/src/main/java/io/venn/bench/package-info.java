/**
 * Venn's measurements: {@link io.venn.bench.RunAll} runs them all and writes {@code RESULTS.md}.
 * Sub-packages: {@code data} (real sample, labelled list generator), {@code accuracy} (metrics),
 * {@code scale} (timed child JVMs), {@code peer} (Duke), {@code report} (Markdown, plots), {@code jmh}.
 */
package io.venn.bench;
