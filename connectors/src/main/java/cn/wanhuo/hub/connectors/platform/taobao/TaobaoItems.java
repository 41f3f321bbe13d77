package cn.wanhuo.hub.connectors.platform.taobao;

import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.list;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.optionalText;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.text;

import cn.wanhuo.hub.connectors.platform.Listing;
import cn.wanhuo.hub.connectors.platform.PlatformItem;
import cn.wanhuo.hub.connectors.platform.SkuOffer;
import cn.wanhuo.hub.connectors.platform.internal.Offers;
import cn.wanhuo.hub.connectors.platform.internal.Yuan;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** TOP items: what adding and updating one sends, and its {@code num_iid} and {@code skus.sku[]} by outer id. */
final class TaobaoItems {

  private TaobaoItems() {}

  static Optional<PlatformItem> withOuterId(JsonNode answer, String outerId) {
    return list(answer.path("items"), "item").stream()
        .filter(item -> optionalText(item, "outer_id").equals(outerId))
        .findFirst()
        .map(TaobaoItems::read);
  }

  static PlatformItem read(JsonNode item) {
    Map<String, String> skuIds = new LinkedHashMap<>();
    for (JsonNode sku : list(item.path("skus"), "sku")) {
      skuIds.put(text(sku, "outer_id"), text(sku, "sku_id"));
    }
    return new PlatformItem(text(item, "num_iid"), skuIds);
  }

  /** {@code taobao.item.add}: the item fields, total stock, the lowest SKU price as the item price, and every SKU. */
  static Map<String, String> addParams(Listing listing) {
    Map<String, String> params = new LinkedHashMap<>(itemFields(listing));
    params.put("num", String.valueOf(Offers.totalStock(listing)));
    params.put("price", Yuan.fromFen(Offers.lowestPriceFen(Channel.TAOBAO, listing)));
    params.put("type", "fixed");
    params.put("stuff_status", "new");
    // The listing carries no ship-from city yet; Hefei, the provincial capital, stands for Anhui (docs/platform-wire.md).
    params.put("location.state", "安徽");
    params.put("location.city", "合肥");
    params.put("sku_properties", joined(listing.skus(), sku -> withoutSeparators(sku.spec())));
    params.put("sku_quantities", joined(listing.skus(), sku -> String.valueOf(sku.stock())));
    params.put("sku_prices", joined(listing.skus(), sku -> Yuan.fromFen(sku.priceFen())));
    params.put("sku_outer_ids", joined(listing.skus(), SkuOffer::outerSkuId));
    params.put("outer_id", listing.outerId());
    return params;
  }

  /** What publish and update both send: title, text, category, properties and the main picture. */
  static Map<String, String> itemFields(Listing listing) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", listing.title());
    fields.put("desc", listing.description());
    fields.put("cid", listing.categoryId());
    fields.put("props", new TreeMap<>(listing.properties()).entrySet().stream()
        .map(property -> property.getKey() + ":" + property.getValue()).collect(Collectors.joining(";")));
    fields.put("pic_path", listing.imageUrls().isEmpty() ? "" : listing.imageUrls().getFirst());
    return fields;
  }

  /**
   * A spec as one SKU's properties: TOP separates SKUs by {@code ,}, so a spec such as "250g, 罐装" would count as two
   * SKUs; a full-width comma reads the same to a buyer. ({@code ;} and {@code :} stay: they are TOP's own
   * {@code pid:vid;pid:vid} syntax, which a template may use.)
   */
  static String withoutSeparators(String spec) {
    return spec.replace(',', '，');
  }

  private static String joined(List<SkuOffer> skus, Function<SkuOffer, String> value) {
    return skus.stream().map(value).collect(Collectors.joining(","));
  }
}
