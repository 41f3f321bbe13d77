/**
 * The one connector interface every platform adapter implements, the values it speaks in, and each platform's
 * request signature. Adapters live in sub-packages ({@code taobao}, {@code jd}, {@code pinduoduo}, {@code suning});
 * other features reach them only through {@link cn.wanhuo.hub.connectors.platform.PlatformConnectors}.
 */
@NullMarked
package cn.wanhuo.hub.connectors.platform;

import org.jspecify.annotations.NullMarked;
