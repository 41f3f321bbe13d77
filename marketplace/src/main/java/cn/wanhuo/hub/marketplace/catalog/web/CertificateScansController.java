package cn.wanhuo.hub.marketplace.catalog.web;

import cn.wanhuo.hub.marketplace.catalog.CertificateScans;
import cn.wanhuo.hub.shared.files.StoredFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/products/{id}/certificate-scans")
@Tag(name = "Products", description = "Producers draft, submit, publish and delist their products; every step is audited")
class CertificateScansController {

  /** The stored scan; set its id as a certificate's {@code scanFileId} and save the product. */
  record UploadedScan(String fileId) {}

  private final CertificateScans scans;

  CertificateScansController(CertificateScans scans) {
    this.scans = scans;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Uploads a certificate scan (PDF, JPEG or PNG, at most 5 MB) for one of the caller's products")
  Mono<UploadedScan> upload(@PathVariable String id, @RequestPart("file") Mono<FilePart> file) {
    return file.flatMap(scan -> scans.upload(id, scan)).map(UploadedScan::new);
  }

  @GetMapping("/{fileId}")
  @Operation(summary = "A certificate scan, for the producer and reviewers covering the product")
  Mono<ResponseEntity<Flux<DataBuffer>>> scan(@PathVariable String id, @PathVariable String fileId) {
    return scans.scan(id, fileId).map(StoredFile::privateInline);
  }
}
