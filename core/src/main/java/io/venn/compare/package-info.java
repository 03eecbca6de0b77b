/**
 * Stage 5, compare: per-field similarity of two encoded accounts, 0 to 1, or missing.
 * {@link io.venn.compare.FieldComparator} is the one-method plug-in; names get a richer
 * {@link io.venn.compare.NameSimilarity} so decide can weigh rare words above common ones.
 * No method returns or accepts {@code null} unless its documentation says so.
 */
package io.venn.compare;
