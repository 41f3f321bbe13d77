/** The Taobao/Tmall Open Platform (TOP) adapter. */
@NullMarked
package cn.wanhuo.hub.connectors.platform.taobao;

import org.jspecify.annotations.NullMarked;
