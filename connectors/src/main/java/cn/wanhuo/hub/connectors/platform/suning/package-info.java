/** The Suning Open Platform adapter. */
@NullMarked
package cn.wanhuo.hub.connectors.platform.suning;

import org.jspecify.annotations.NullMarked;
