/**
 * Files of encoded accounts: the {@code .venn} format that carries a blind-mode list from the
 * company that encoded it to the matcher.
 *
 * <p>{@link io.venn.encode.io.EncodedListFile} reads and writes it, streaming. The format holds no
 * plaintext field of the input: population labels are keyed tokens, their labels sealed. {@link io.venn.encode.io.BlindView} is
 * what comes back: one side's view of a blind job, with only the released overlaps. No method returns or accepts {@code
 * null} unless its documentation says so.
 */
package io.venn.encode.io;
