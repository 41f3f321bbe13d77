package cn.wanhuo.hub.marketplace.catalog.web;

import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.marketplace.catalog.ImportFiles;
import cn.wanhuo.hub.marketplace.catalog.ImportJob;
import cn.wanhuo.hub.marketplace.catalog.ProductImport;
import cn.wanhuo.hub.marketplace.catalog.ReportLanguage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/products/imports")
@Tag(name = "Product import", description = "Bulk import of products from CSV or XLSX, one row per product and SKU, updating by SKU code")
class ProductImportController {

  private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final ProductImport imports;

  ProductImportController(ProductImport imports) {
    this.imports = imports;
  }

  @GetMapping("/template")
  @Operation(summary = "The import template of a category, as csv (default) or xlsx")
  Mono<ResponseEntity<byte[]>> template(@RequestParam Category category, @RequestParam(defaultValue = "csv") String format) {
    boolean xlsx = format.equalsIgnoreCase("xlsx");
    return Mono.fromCallable(() -> xlsx ? ImportFiles.xlsxTemplate(category) : ImportFiles.csvTemplate(category))
        .subscribeOn(Schedulers.boundedElastic())
        .map(bytes -> download(bytes, xlsx ? XLSX : CSV, "products-" + category.name().toLowerCase() + (xlsx ? ".xlsx" : ".csv")));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Starts an import for one of the caller's verified producers; poll the job for progress")
  Mono<ImportJob> start(@RequestParam String producerId, @RequestParam Category category,
      @RequestParam(defaultValue = "true") boolean allOrNothing, @RequestPart("file") Mono<FilePart> file) {
    return file.flatMap(upload -> imports.start(producerId, category, allOrNothing, upload));
  }

  @GetMapping
  @Operation(summary = "The caller's 20 latest imports, newest first, with problem counts instead of problem lists")
  Flux<ImportJob.Summary> recent() {
    return imports.recent();
  }

  @GetMapping("/{id}")
  @Operation(summary = "An import's progress, counts and row problems")
  Mono<ImportJob> job(@PathVariable String id) {
    return imports.job(id);
  }

  @GetMapping("/{id}/report")
  @Operation(summary = "An import's row problems as CSV (row, column, message) in Chinese or English: lang=zh|en, "
      + "else the Accept-Language header, else Chinese")
  Mono<ResponseEntity<byte[]>> report(@PathVariable String id, @RequestParam(required = false) @Nullable String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
    var language = ReportLanguage.of(lang, acceptLanguage);
    return imports.job(id).map(job -> download(ImportFiles.report(job.problems(), language), CSV, "import-" + id + "-report.csv"));
  }

  private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String filename) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body(bytes);
  }
}
