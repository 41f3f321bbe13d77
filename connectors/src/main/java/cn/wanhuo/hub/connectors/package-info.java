/**
 * The connectors module: adapters to Taobao/Tmall, JD, Pinduoduo and Suning, listing sync and order import.
 * Depends on the promotions module (and through it the marketplace).
 */
@NullMarked
package cn.wanhuo.hub.connectors;

import org.jspecify.annotations.NullMarked;
