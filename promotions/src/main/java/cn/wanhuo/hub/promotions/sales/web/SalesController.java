package cn.wanhuo.hub.promotions.sales.web;

import cn.wanhuo.hub.promotions.sales.Bucket;
import cn.wanhuo.hub.promotions.sales.CampaignSales;
import cn.wanhuo.hub.promotions.sales.ExportFormat;
import cn.wanhuo.hub.promotions.sales.LedgerExport;
import cn.wanhuo.hub.promotions.sales.ProducerSales;
import cn.wanhuo.hub.promotions.sales.SalesFigures;
import cn.wanhuo.hub.promotions.sales.SalesFilter;
import cn.wanhuo.hub.promotions.sales.SalesReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/sales")
@Tag(name = "Sales", description = "Campaign dashboards from live counters, producers' sales and ledger exports; amounts in fen")
class SalesController {

  private final SalesReports reports;
  private final LedgerExport export;

  SalesController(SalesReports reports, LedgerExport export) {
    this.reports = reports;
    this.export = export;
  }

  @GetMapping("/campaigns/{id}")
  @Operation(summary = "A campaign's live sales: GMV, orders, units, unique buyers, progress to the GMV target, by channel, "
      + "by prefecture and top products (organizers and admins)")
  Mono<CampaignSales> campaign(@PathVariable String id) {
    return reports.campaign(id);
  }

  @GetMapping("/campaigns/{id}/series")
  @Operation(summary = "A campaign's GMV per hour or day of Asia/Shanghai, from the ledger; buckets without sales are left out")
  Mono<List<SalesFigures.Point>> series(@PathVariable String id, @RequestParam(defaultValue = "HOUR") Bucket bucket) {
    return reports.campaignSeries(id, bucket);
  }

  @GetMapping("/campaigns/{id}/channels")
  @Operation(summary = "A campaign's live sales per channel, largest GMV first")
  Mono<List<SalesFigures.Row>> channels(@PathVariable String id) {
    return reports.campaign(id).map(CampaignSales::byChannel);
  }

  @GetMapping("/campaigns/{id}/prefectures")
  @Operation(summary = "A campaign's live sales per prefecture of the producers, largest GMV first")
  Mono<List<SalesFigures.Row>> prefectures(@PathVariable String id) {
    return reports.campaign(id).map(CampaignSales::byPrefecture);
  }

  @GetMapping("/campaigns/{id}/products")
  @Operation(summary = "A campaign's ten best-selling products by GMV")
  Mono<List<SalesFigures.ProductRow>> products(@PathVariable String id) {
    return reports.campaign(id).map(CampaignSales::topProducts);
  }

  @PostMapping("/campaigns/{id}/counters/rebuild")
  @Operation(summary = "Forgets the campaign's live counters and counts its ledger again; answers the figures after")
  Mono<CampaignSales> rebuild(@PathVariable String id) {
    return reports.rebuildCounters(id);
  }

  @GetMapping("/producers")
  @Operation(summary = "Sales of the caller's producers (producers), or of any producer (organizers and admins), "
      + "optionally of one producer and between two days of Asia/Shanghai")
  Mono<ProducerSales> producers(@RequestParam(required = false) @Nullable String producerId,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "DAY") Bucket bucket) {
    return reports.producers(new SalesFilter(null, producerId, from, to), bucket);
  }

  @GetMapping("/export")
  @Operation(summary = "Ledger lines the caller may see as CSV or XLSX, headed in Chinese or English (lang, else Accept-Language)")
  Mono<ResponseEntity<byte[]>> export(@RequestParam(defaultValue = "CSV") ExportFormat format,
      @RequestParam(required = false) @Nullable String campaignId, @RequestParam(required = false) @Nullable String producerId,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Parameter(description = "zh or en") @RequestParam(required = false) @Nullable @Pattern(regexp = "zh|en", message = "must be zh or en") String lang,
      ServerWebExchange exchange) {
    Locale locale = lang != null ? Locale.forLanguageTag(lang) : exchange.getLocaleContext().getLocale();
    return export.export(new SalesFilter(campaignId, producerId, from, to), format, locale == null ? Locale.CHINESE : locale)
        .map(file -> ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename()).build().toString())
            .body(file.content()));
  }
}
