package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Connecting a shop, or changing one. On a change the channel stays what it was and a blank app key, secret or token
 * keeps the stored one; on connecting all three are required.
 *
 * @param qps calls per second; the platform's default from the settings when absent
 */
public record ShopRequest(
    @Nullable Channel channel,
    @NotBlank @Size(max = 80) String shopName,
    @NotBlank @Size(max = 300) String gateway,
    @Nullable @Size(max = 80) String appKey,
    @Nullable @Size(max = 200) String appSecret,
    @Nullable @Size(max = 500) String accessToken,
    @Nullable Instant tokenExpiresAt,
    @Nullable @Min(1) @Max(10_000) Integer qps) {}
