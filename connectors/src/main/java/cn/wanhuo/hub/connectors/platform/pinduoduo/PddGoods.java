package cn.wanhuo.hub.connectors.platform.pinduoduo;

import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.list;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.text;

import cn.wanhuo.hub.connectors.platform.Listing;
import cn.wanhuo.hub.connectors.platform.PlatformItem;
import cn.wanhuo.hub.connectors.platform.SkuOffer;
import cn.wanhuo.hub.connectors.platform.internal.Offers;
import cn.wanhuo.hub.connectors.platform.internal.PlatformJson;
import cn.wanhuo.hub.connectors.platform.internal.SkuIds;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Pinduoduo goods: what {@code pdd.goods.add} takes (prices in fen, lists as JSON strings) and what a list answers. */
final class PddGoods {

  private PddGoods() {}

  static Map<String, String> addParams(Listing listing) {
    String images = PlatformJson.write(listing.imageUrls());
    String thumb = listing.imageUrls().isEmpty() ? "" : listing.imageUrls().getFirst();
    Map<String, String> params = new LinkedHashMap<>();
    params.put("goods_name", listing.title());
    params.put("cat_id", listing.categoryId());
    params.put("goods_type", "1");
    params.put("goods_desc", listing.description());
    params.put("carousel_gallery", images);
    params.put("detail_gallery", images);
    params.put("market_price", String.valueOf(Offers.highestPriceFen(Channel.PINDUODUO, listing)));
    params.put("out_goods_id", listing.outerId());
    params.put("is_folt", "true");
    params.put("is_pre_sale", "false");
    params.put("is_refundable", "true");
    params.put("second_hand", "false");
    params.put("shipment_limit_second", "172800");
    params.put("country_id", "0");
    params.put("cost_template_id", "0");
    params.put("sku_list", PlatformJson.write(listing.skus().stream().map(sku -> Map.of(
        "price", sku.priceFen(), "multi_price", sku.priceFen(), "quantity", sku.stock(), "out_sku_sn", sku.outerSkuId(),
        "spec_id_list", "[]", "is_onsale", 1, "weight", 0, "limit_quantity", 999, "thumb_url", thumb)).toList()));
    return params;
  }

  /** {@code sku_price_list}: one price for single and group buying, in fen. */
  static String skuPriceList(PlatformItem item, List<SkuOffer> skus) {
    return PlatformJson.write(skus.stream().map(sku -> Map.of(
        "sku_id", Long.parseLong(SkuIds.of(Channel.PINDUODUO, item, sku)), "group_price", sku.priceFen(),
        "single_price", sku.priceFen(), "is_onsale", 1)).toList());
  }

  static Optional<PlatformItem> first(JsonNode answer) {
    return list(answer, "goods_list").stream().findFirst().map(goods -> {
      Map<String, String> skuIds = new LinkedHashMap<>();
      for (JsonNode sku : list(goods, "sku_list")) {
        skuIds.put(text(sku, "outer_id"), text(sku, "sku_id"));
      }
      return new PlatformItem(text(goods, "goods_id"), skuIds);
    });
  }
}
