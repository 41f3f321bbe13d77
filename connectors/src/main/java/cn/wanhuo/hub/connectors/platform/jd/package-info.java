/** The JD Open Platform (JOS) adapter. */
@NullMarked
package cn.wanhuo.hub.connectors.platform.jd;

import org.jspecify.annotations.NullMarked;
