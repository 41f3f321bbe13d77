package cn.wanhuo.hub.marketplace.pavilion;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign a published product takes part in, as the pavilion shows it: a badge, the campaign price while it is
 * live and the times a countdown runs to.
 *
 * @param status {@code LIVE} (campaign prices apply now) or {@code SCHEDULED} (coming; for a flash sale between
 *     sessions too, with {@code startsAt} the next session's start)
 * @param priceFen the lowest campaign price of the product's enrolled SKUs while live, else null
 */
public record CampaignOffer(String id, String nameZh, @Nullable String nameEn, String type, String status, Instant startsAt,
    Instant endsAt, @Nullable Long priceFen, List<SkuOffer> skus) {

  public CampaignOffer {
    skus = List.copyOf(skus);
  }

  public boolean live() {
    return "LIVE".equals(status);
  }

  /** One enrolled SKU: its price in and out of the campaign, the per-buyer limit and how many units are left. */
  public record SkuOffer(String code, long listPriceFen, long campaignPriceFen, int perBuyerLimit, int remaining) {}
}
