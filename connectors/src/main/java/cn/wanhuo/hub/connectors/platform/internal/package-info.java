/**
 * What the four platform adapters share: the one HTTP client and its failure classes, yuan and fen, Beijing time,
 * order windows paged backwards. Only the adapters of this feature use it.
 */
@NullMarked
package cn.wanhuo.hub.connectors.platform.internal;

import org.jspecify.annotations.NullMarked;
