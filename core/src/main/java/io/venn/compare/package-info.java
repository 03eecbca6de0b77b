/**
 * Stage 5, compare: which level of a declared comparison two encoded accounts reach. {@link
 * io.venn.compare.LevelComparator} is the one-method plug-in; {@link io.venn.compare.NameLevels},
 * {@link io.venn.compare.DomainLevels} and {@link io.venn.compare.RegistrationLevels} pick the
 * levels of the richer fields, with each pair's value frequencies ({@link
 * io.venn.compare.Observation#rarity()}). No method returns or accepts {@code null} unless its
 * documentation says so.
 */
package io.venn.compare;
