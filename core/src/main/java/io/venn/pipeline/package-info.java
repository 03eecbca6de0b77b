/**
 * The front door: {@link io.venn.pipeline.Pipeline} wires the stages for plaintext (broker mode) and
 * encoded (blind mode) lists, configured by an immutable {@link io.venn.pipeline.MatchConfig}, and
 * explains any pair on request. No method returns or accepts {@code null} unless its documentation
 * says so.
 */
package io.venn.pipeline;
