/**
 * The {@code venn} command line ({@link io.venn.cli.VennCli}): {@code venn match} runs the pipeline
 * on two CSV or encoded lists and writes the overlap matrix and the matches; {@code venn encode}
 * turns a CSV into an encoded {@code .venn} list for blind mode.
 *
 * <p>Flags are parsed by hand ({@code Args}); each command is one small class. Errors are one line
 * on standard error naming the file or option. No method returns or accepts {@code null} unless its
 * documentation says so.
 */
package io.venn.cli;
