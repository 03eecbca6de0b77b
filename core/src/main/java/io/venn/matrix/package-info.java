/**
 * Stage 8, matrix: overlap counts per population pair, counted by entity so both sides see the same
 * number for the same cell. See {@link io.venn.matrix.OverlapCounter}.
 * No method returns or accepts {@code null} unless its documentation says so.
 */
package io.venn.matrix;
