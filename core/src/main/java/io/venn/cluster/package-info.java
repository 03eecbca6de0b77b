/**
 * Stage 7, cluster: accepted pairs to entities. {@link io.venn.cluster.Clusterer} assigns one to one
 * by score (the default) or collapses connected records; see {@link io.venn.cluster.ClusterMode}.
 * No method returns or accepts {@code null} unless its documentation says so.
 */
package io.venn.cluster;
