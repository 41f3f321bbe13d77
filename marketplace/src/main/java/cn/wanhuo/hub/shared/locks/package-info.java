/** Cluster-wide job locks. */
@NullMarked
package cn.wanhuo.hub.shared.locks;

import org.jspecify.annotations.NullMarked;
