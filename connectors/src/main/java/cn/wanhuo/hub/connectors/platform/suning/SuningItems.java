package cn.wanhuo.hub.connectors.platform.suning;

import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.list;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.optionalText;
import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.text;

import cn.wanhuo.hub.connectors.platform.PlatformItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Suning items: the parent's product code and each child item's product code by its item code (our outer SKU id). */
final class SuningItems {

  private SuningItems() {}

  static Optional<PlatformItem> withItemCode(JsonNode items, String outerId) {
    List<JsonNode> found = items.isArray() ? new ArrayList<>(items.values()) : List.of();
    return found.stream().filter(item -> optionalText(item, "itemCode").equals(outerId)).findFirst().map(SuningItems::read);
  }

  static PlatformItem read(JsonNode item) {
    Map<String, String> children = new LinkedHashMap<>();
    for (JsonNode child : list(item, "childItem")) {
      children.put(text(child, "itemCode"), text(child, "productCode"));
    }
    return new PlatformItem(text(item, "productCode"), children);
  }
}
