/**
 * The {@code venn} command line ({@link io.venn.cli.VennCli}): {@code venn match} runs the pipeline
 * on two CSV or encoded lists and writes the overlap matrix and the matches; blind mode's {@code venn
 * keygen} and {@code venn secret} agree a partnership secret, {@code venn encode} turns a CSV into an
 * encoded {@code .venn} list for one job, and {@code venn open} opens the view the service returns.
 *
 * <p>Flags are parsed by hand ({@code Args}); each command is one small class. Errors are one line
 * on standard error naming the file or option. No method returns or accepts {@code null} unless its
 * documentation says so.
 */
package io.venn.cli;
