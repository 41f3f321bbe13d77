package cn.wanhuo.hub.connectors.platform.taobao;

import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.list;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.optionalText;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.text;

import cn.wanhuo.hub.connectors.platform.PlatformItem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** TOP items: {@code num_iid} and {@code skus.sku[]} with their outer ids. */
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
}
