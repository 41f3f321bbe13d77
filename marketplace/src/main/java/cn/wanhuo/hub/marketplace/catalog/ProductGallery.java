package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.producers.ProducerOnboarding;
import cn.wanhuo.hub.shared.files.FileKind;
import cn.wanhuo.hub.shared.files.StoredFile;
import cn.wanhuo.hub.shared.files.StoredFiles;
import cn.wanhuo.hub.shared.files.UnacceptableFile;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;

/** A product's ordered picture gallery: JPEG, PNG or WebP images of at most 5 MB, twelve at most. */
@Service
public class ProductGallery {

  static final DataSize MAX_IMAGE_SIZE = DataSize.ofMegabytes(5);
  static final int MAX_IMAGES = 12;
  static final String PURPOSE = "product-image";
  /** Campaign banners (promotions) are public pavilion images like product pictures and logos. */
  public static final String CAMPAIGN_BANNER_PURPOSE = "campaign-banner";

  private final Products products;
  private final ProductEditing editing;
  private final StoredFiles files;
  private final Clock clock = Clock.systemUTC();

  ProductGallery(Products products, ProductEditing editing, StoredFiles files) {
    this.products = products;
    this.editing = editing;
    this.files = files;
  }

  public Mono<Product> add(String productId, FilePart image) {
    return owned(productId)
        .filter(product -> product.images().size() < MAX_IMAGES)
        .switchIfEmpty(Mono.error(() -> new UnacceptableFile("A product shows at most " + MAX_IMAGES + " images.")))
        .flatMap(product -> files.store(image, Set.of(FileKind.JPEG, FileKind.PNG, FileKind.WEBP), MAX_IMAGE_SIZE, PURPOSE)
            .map(fileId -> {
              var gallery = new ArrayList<>(product.images());
              gallery.add(fileId);
              return product.withGallery(gallery, product.ownerUsername(), "image-added", clock.instant());
            }))
        .flatMap(products::save);
  }

  /** Puts the same images in a new order; the first is the cover. */
  public Mono<Product> reorder(String productId, List<String> order) {
    return owned(productId)
        .flatMap(product -> new HashSet<>(order).equals(new HashSet<>(product.images())) && order.size() == product.images().size()
            ? Mono.just(product.withGallery(order, product.ownerUsername(), "images-reordered", clock.instant()))
            : Mono.error(new UnacceptableFile("The new order must list exactly the product's current images.")))
        .flatMap(products::save);
  }

  public Mono<Product> remove(String productId, String imageId) {
    return owned(productId)
        .filter(product -> product.images().contains(imageId))
        .switchIfEmpty(Mono.error(() -> new ProductNotFound(productId + "/images/" + imageId)))
        .map(product -> product.withGallery(product.images().stream().filter(id -> !id.equals(imageId)).toList(),
            product.ownerUsername(), "image-removed", clock.instant()))
        .flatMap(products::save);
  }

  /** A public picture: an image of a product's gallery or a producer's logo; ids are immutable, so callers may cache the bytes for good. */
  public Mono<StoredFile> image(String imageId) {
    return files.load(imageId, List.of(PURPOSE, ProducerOnboarding.LOGO_PURPOSE, CAMPAIGN_BANNER_PURPOSE)).switchIfEmpty(Mono.error(() -> new ProductNotFound("image " + imageId)));
  }

  private Mono<Product> owned(String productId) {
    return editing.owned(productId);
  }
}
