package cn.wanhuo.hub.connectors.simulators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A simulated shop's items and SKUs by platform id and by outer id. Like the real platforms it lets two items share
 * an outer id: finding before creating is the caller's job. Not thread-safe: guarded by the simulator's lock.
 */
final class Catalog {

  /** What a publish call asks for. */
  record ItemDraft(
      String outerId, String title, String description, String categoryId, List<String> images, boolean onSale,
      List<SkuDraft> skus) {}

  /** One SKU of a publish call. */
  record SkuDraft(String outerSkuId, String spec, long priceFen, int stock) {}

  private final Map<Long, StoredItem> items = new LinkedHashMap<>();
  private final Map<Long, StoredSku> skus = new HashMap<>();
  private final Map<String, List<StoredItem>> byOuterId = new HashMap<>();
  private final Map<String, StoredSku> newestByOuterSkuId = new HashMap<>();
  private long nextItemId;
  private long nextSkuId;

  Catalog(long firstItemId, long firstSkuId) {
    this.nextItemId = firstItemId;
    this.nextSkuId = firstSkuId;
  }

  StoredItem add(ItemDraft draft, long now) {
    long itemId = nextItemId++;
    List<StoredSku> itemSkus = new ArrayList<>();
    for (SkuDraft sku : draft.skus()) {
      var key = new StoredSku.Key(itemId, nextSkuId++, itemSkus.size() + 1, sku.outerSkuId());
      var stored = new StoredSku(key, sku.spec(), sku.priceFen(), sku.stock());
      itemSkus.add(stored);
      skus.put(key.skuId(), stored);
      newestByOuterSkuId.put(sku.outerSkuId(), stored);
    }
    var item = new StoredItem(itemId, draft, itemSkus, now);
    items.put(itemId, item);
    byOuterId.computeIfAbsent(draft.outerId(), key -> new ArrayList<>()).add(item);
    return item;
  }

  List<StoredItem> byOuterId(String outerId) {
    return List.copyOf(byOuterId.getOrDefault(outerId, List.of()));
  }

  /** The SKU with this outer SKU id on the newest item that has it, if any. */
  @Nullable StoredSku newestSku(String outerSkuId) {
    return newestByOuterSkuId.get(outerSkuId);
  }

  StoredItem item(long itemId) {
    StoredItem item = items.get(itemId);
    if (item == null) {
      throw GatewayError.notFound("item " + itemId);
    }
    return item;
  }

  StoredSku sku(long skuId) {
    StoredSku sku = skus.get(skuId);
    if (sku == null) {
      throw GatewayError.notFound("sku " + skuId);
    }
    return sku;
  }

  /** The SKU of that item; a SKU of another item is not found. */
  StoredSku sku(StoredItem item, long skuId) {
    StoredSku sku = sku(skuId);
    if (sku.key().itemId() != item.id()) {
      throw GatewayError.notFound("sku " + skuId + " of item " + item.id());
    }
    return sku;
  }

  Collection<StoredItem> items() {
    return items.values();
  }

  Map<String, Integer> countsByOuterId() {
    Map<String, Integer> counts = new HashMap<>();
    byOuterId.forEach((outerId, list) -> counts.put(outerId, list.size()));
    return counts;
  }
}
