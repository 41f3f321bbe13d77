package cn.wanhuo.hub.promotions.sales;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Ledger lines as a CSV (UTF-8 with BOM, so spreadsheets read the Chinese) or XLSX file, headed in Chinese or English,
 * for the lines the caller may see: producers their own producers', organizers and admins any.
 */
@Service
public class LedgerExport {

  static final long MAX_LINES = 100_000;
  private static final String BOM = "\uFEFF";

  /** A file to download. */
  public record File(byte[] content, String contentType, String filename) {}

  private final SalesScope scope;
  private final ReactiveMongoTemplate mongo;

  LedgerExport(SalesScope scope, ReactiveMongoTemplate mongo) {
    this.scope = scope;
    this.mongo = mongo;
  }

  public Mono<File> export(SalesFilter filter, ExportFormat format, Locale locale) {
    var problems = filter.problems();
    if (!problems.isEmpty()) {
      return Mono.error(new InvalidSalesQuery(problems));
    }
    return scope.producers(filter.producerId()).flatMap(reach -> {
      var query = Query.query(filter.criteria(reach));
      return mongo.count(query, LedgerEntry.class).flatMap(count -> count > MAX_LINES ? Mono.error(new ExportTooLarge(count))
          : mongo.find(Query.of(query).with(Sort.by("orderedAt", "_id")), LedgerEntry.class).collectList());
    }).publishOn(Schedulers.boundedElastic()).map(entries -> new File(
        format == ExportFormat.XLSX ? xlsx(entries, locale) : csv(entries, locale), format.contentType(),
        "sales-" + (filter.campaignId() != null ? filter.campaignId() : "ledger") + "." + format.extension()));
  }

  static byte[] csv(List<LedgerEntry> entries, Locale locale) {
    var out = new StringBuilder(BOM);
    line(out, ExportColumns.headers(locale));
    entries.forEach(entry -> line(out, ExportColumns.cells(entry, locale)));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx(List<LedgerEntry> entries, Locale locale) {
    var out = new ByteArrayOutputStream();
    try {
      var workbook = new Workbook(out, "WanhuoHub", "1.0");
      var sheet = workbook.newWorksheet(ExportColumns.chinese(locale) ? "销售明细" : "Sales");
      var headers = ExportColumns.headers(locale);
      for (int c = 0; c < headers.size(); c++) {
        sheet.value(0, c, headers.get(c));
      }
      for (int r = 0; r < entries.size(); r++) {
        var cells = ExportColumns.cells(entries.get(r), locale);
        for (int c = 0; c < cells.size(); c++) {
          if (c == ExportColumns.AMOUNT) {
            sheet.value(r + 1, c, new BigDecimal(cells.get(c)));
          } else if (c == ExportColumns.QUANTITY) {
            sheet.value(r + 1, c, entries.get(r).quantity());
          } else {
            sheet.value(r + 1, c, cells.get(c));
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        out.append(',');
      }
      out.append(quoted(cells.get(c)));
    }
    out.append("\r\n");
  }

  /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets never run a cell as a formula. */
  private static String quoted(String cell) {
    String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?") ? "'" + cell : cell;
    boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
