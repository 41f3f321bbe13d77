/** The Pinduoduo Open Platform adapter. */
@NullMarked
package cn.wanhuo.hub.connectors.platform.pinduoduo;

import org.jspecify.annotations.NullMarked;
