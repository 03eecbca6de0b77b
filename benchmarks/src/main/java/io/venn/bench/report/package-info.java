/**
 * What a run measured ({@link io.venn.bench.report.RunResults}) rendered as {@code RESULTS.md} with the
 * targets checked, PNG plots drawn with java.awt ({@link io.venn.bench.report.LinePlot}) and CSV data.
 */
package io.venn.bench.report;
