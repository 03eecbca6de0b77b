/**
 * Stage 9, view: what one side may see of a match under the other side's
 * {@link io.venn.view.SharingPolicy}. {@link io.venn.view.Views} is the only way results leave the
 * engine: never a record outside a match, a hidden population or an unshared field.
 * No method returns or accepts {@code null} unless its documentation says so.
 */
package io.venn.view;
