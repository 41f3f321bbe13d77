package cn.wanhuo.hub.connectors.platform.jd;

import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.list;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.optionalText;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.text;

import cn.wanhuo.hub.connectors.platform.PlatformItem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** JD wares: {@code wareId} and {@code skus[]} with their outer ids. */
final class JdWares {

  private JdWares() {}

  static Optional<PlatformItem> withOuterId(JsonNode result, String outerId) {
    return list(result.path("page"), "data").stream()
        .filter(ware -> optionalText(ware, "outerId").equals(outerId))
        .findFirst()
        .map(JdWares::read);
  }

  static PlatformItem read(JsonNode ware) {
    Map<String, String> skuIds = new LinkedHashMap<>();
    for (JsonNode sku : list(ware, "skus")) {
      skuIds.put(text(sku, "outerId"), text(sku, "skuId"));
    }
    return new PlatformItem(text(ware, "wareId"), skuIds);
  }
}
