/** Demo and reference data loaded idempotently at start-up from CSV files shipped in the jar. */
@NullMarked
package cn.wanhuo.hub.shared.seed;

import org.jspecify.annotations.NullMarked;
