/**
 * Files of encoded accounts: the {@code .venn} format that carries a blind-mode list from the
 * company that encoded it to the matcher.
 *
 * <p>{@link io.venn.encode.io.EncodedListFile} reads and writes it, streaming. The format holds no
 * plaintext field of the input except the population label. No method returns or accepts {@code
 * null} unless its documentation says so.
 */
package io.venn.encode.io;
