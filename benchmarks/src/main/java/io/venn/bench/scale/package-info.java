/**
 * Timed runs, each in a fresh JVM under a fixed heap: {@link io.venn.bench.scale.ChildJvm} starts
 * {@link io.venn.bench.scale.MatchWorker}, enforces a time budget, and reads the GC log's peak heap.
 */
package io.venn.bench.scale;
