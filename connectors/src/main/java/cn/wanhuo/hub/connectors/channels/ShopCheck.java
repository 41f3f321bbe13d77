package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How a shop's platform answered one signed call with the shop's credentials: reachable, or what the platform (or the
 * way to it) said instead.
 *
 * @param millis how long the platform took to answer or refuse
 * @param failure what to do about a refusal: try later, authorise the shop again, or correct the shop's settings
 */
public record ShopCheck(String shopId, boolean reachable, long millis, @Nullable Failure failure, @Nullable String code,
    @Nullable String message, Instant checkedAt) {}
