/**
 * The peer measured next to Venn: Duke 1.2 configured for company records
 * ({@link io.venn.bench.peer.DukeLinker}, {@code DukeCleaners}).
 */
package io.venn.bench.peer;
