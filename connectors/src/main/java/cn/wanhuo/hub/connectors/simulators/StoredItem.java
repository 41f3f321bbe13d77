package cn.wanhuo.hub.connectors.simulators;

import java.util.List;

/** An item as a simulator keeps it; mutated only under the simulator's lock. */
final class StoredItem {

  private final long id;
  private final String outerId;
  private final long created;
  private final List<StoredSku> skus;
  private String title;
  private String description;
  private String categoryId;
  private List<String> images;
  private boolean onSale;
  private long modified;

  StoredItem(long id, Catalog.ItemDraft draft, List<StoredSku> skus, long now) {
    this.id = id;
    this.outerId = draft.outerId();
    this.skus = List.copyOf(skus);
    this.title = draft.title();
    this.description = draft.description();
    this.categoryId = draft.categoryId();
    this.images = List.copyOf(draft.images());
    this.onSale = draft.onSale();
    this.created = now;
    this.modified = now;
  }

  long id() {
    return id;
  }

  String outerId() {
    return outerId;
  }

  List<StoredSku> skus() {
    return skus;
  }

  String title() {
    return title;
  }

  String description() {
    return description;
  }

  String categoryId() {
    return categoryId;
  }

  List<String> images() {
    return images;
  }

  boolean onSale() {
    return onSale;
  }

  long created() {
    return created;
  }

  long modified() {
    return modified;
  }

  int totalStock() {
    return skus.stream().mapToInt(StoredSku::stock).sum();
  }

  /** Changes only what the call sent: a blank value keeps the current one. */
  void describe(String title, String description, String categoryId, List<String> images, long now) {
    if (!title.isBlank()) {
      this.title = title;
    }
    if (!description.isBlank()) {
      this.description = description;
    }
    if (!categoryId.isBlank()) {
      this.categoryId = categoryId;
    }
    if (!images.isEmpty()) {
      this.images = List.copyOf(images);
    }
    touch(now);
  }

  void onSale(boolean onSale, long now) {
    this.onSale = onSale;
    touch(now);
  }

  void touch(long now) {
    modified = Math.max(modified, now);
  }
}
