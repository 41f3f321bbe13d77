package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.catalog.Provenance.Certificate;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import cn.wanhuo.hub.shared.files.FileKind;
import cn.wanhuo.hub.shared.files.StoredFile;
import cn.wanhuo.hub.shared.files.StoredFiles;
import java.util.List;
import java.util.Set;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Scans of a product's certificates (PDF, JPEG or PNG, at most 5 MB). A scan is stored for one product (its purpose
 * names the product), so a certificate can only point at a scan uploaded for the same product, and only the
 * producer and reviewers covering the product can read it.
 */
@Service
public class CertificateScans {

  static final DataSize MAX_SCAN_SIZE = DataSize.ofMegabytes(5);

  private final ProductEditing editing;
  private final StoredFiles files;

  CertificateScans(ProductEditing editing, StoredFiles files) {
    this.editing = editing;
    this.files = files;
  }

  /** Stores a scan for one of the caller's products and answers its id, to be set as a certificate's {@code scanFileId}. */
  public Mono<String> upload(String productId, FilePart scan) {
    return editing.owned(productId)
        .flatMap(product -> files.store(scan, Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG), MAX_SCAN_SIZE, purpose(product.id())));
  }

  /** A scan of the product, for its producer and the reviewers covering it. */
  public Mono<StoredFile> scan(String productId, String fileId) {
    return editing.managed(productId)
        .flatMap(product -> files.load(fileId, purpose(product.id())))
        .switchIfEmpty(Mono.error(() -> new ProductNotFound(productId + "/certificate-scans/" + fileId)));
  }

  /** Problems with certificates that name a scan not uploaded for this product. */
  static Mono<List<FieldProblem>> problemsWith(StoredFiles files, String productId, ProductContent content) {
    List<Certificate> certificates = content.provenance().certificates();
    return Flux.range(0, certificates.size())
        .filter(i -> certificates.get(i).scanFileId() != null)
        .filterWhen(i -> files.exists(certificates.get(i).scanFileId(), purpose(productId)).map(found -> !found))
        .map(i -> new FieldProblem("provenance.certificates[" + i + "].scanFileId", "is not a scan uploaded for this product"))
        .collectList();
  }

  private static String purpose(String productId) {
    return "certificate-scan:" + productId;
  }
}
