/**
 * Labelled test data: the bundled real companies ({@link io.venn.bench.data.CompanySample}), the
 * seeded {@link io.venn.bench.data.PartnerListGenerator} with its {@link io.venn.bench.data.VariationKind}s
 * and {@link io.venn.bench.data.HardNegativeKind}s, CSV writers, and the examples writer.
 */
package io.venn.bench.data;
