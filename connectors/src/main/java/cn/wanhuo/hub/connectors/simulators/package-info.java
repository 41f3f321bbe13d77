/**
 * Stateful fakes of the Taobao/Tmall, JD, Pinduoduo and Suning open APIs on WireMock: they verify signatures and
 * timestamps, enforce each app key's QPS, keep items, SKUs and orders in memory, generate orders over time and fail
 * on demand, speaking the wire formats of docs/platform-wire.md. Tests and the local demo reach them through
 * {@link cn.wanhuo.hub.connectors.simulators.PlatformSimulators}.
 */
@NullMarked
package cn.wanhuo.hub.connectors.simulators;

import org.jspecify.annotations.NullMarked;
