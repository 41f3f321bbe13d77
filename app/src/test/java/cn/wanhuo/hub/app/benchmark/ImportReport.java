package cn.wanhuo.hub.app.benchmark;

import cn.wanhuo.hub.app.benchmark.ImportBenchmark.Totals;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The import benchmark's report: the import against the raw insert of the same documents, and what was verified. */
final class ImportReport {

  private ImportReport() {}

  record Run(int ordersAsked, int products, int rounds, Duration imported, RawInsert.Copied rawOrders,
      RawInsert.Copied rawLines, Map<Channel, Totals> counted, String loadBefore, String loadAfter) {}

  static String markdown(Run run) {
    long orders = run.rawOrders().documents();
    double importSeconds = run.imported().toNanos() / 1e9;
    double rawSeconds = (run.rawOrders().inserting().toNanos() + run.rawLines().inserting().toNanos()) / 1e9;
    double importRate = orders / importSeconds;
    double rawRate = orders / rawSeconds;
    var out = new StringBuilder("# Order import benchmark\n\n");
    out.append("Run of `%s`, finished %s UTC; load average %s before, %s after; %d CPUs, heap %d MB.%n%n".formatted(
        RunInfo.revision(), Instant.now(), run.loadBefore(), run.loadAfter(), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20));
    out.append("- %,d orders on the four simulators (%,d asked), over 23 hours, on the SKUs of %,d listed products%n"
        .formatted(orders, run.ordersAsked(), run.products()));
    out.append("- Import: `OrderImporter.importAll()` from a fresh cursor, %d round(s), until no order waits for the ledger%n"
        .formatted(run.rounds()));
    out.append("- Raw: the %,d `platform_orders` documents and the %,d `sales_ledger` lines the import wrote, inserted again "
        .formatted(orders, run.rawLines().documents()));
    out.append("with unordered `insertMany` batches of 1,000 into new collections of the same MongoDB (reading them not timed)\n\n");
    out.append("| Side | Time (s) | Orders/s |\n|---|--:|--:|\n");
    out.append("| Import and attribute | %.1f | %,.0f |%n".formatted(importSeconds, importRate));
    out.append("| Raw bulk insert (orders %.1f s + ledger lines %.1f s) | %.1f | %,.0f |%n".formatted(
        run.rawOrders().inserting().toNanos() / 1e9, run.rawLines().inserting().toNanos() / 1e9, rawSeconds, rawRate));
    out.append("%n**Import ÷ raw: %.3f** (target ≥ 0.7)%n%n".formatted(importRate / rawRate));
    out.append("| Channel | Orders stored | Counted fen | Counted units |\n|---|--:|--:|--:|\n");
    run.counted().forEach((channel, totals) ->
        out.append("| %s | %,d | %,d | %,d |%n".formatted(channel, totals.orders(), totals.fen(), totals.units())));
    out.append("\nVerified: every order stored once, none pending, and per channel the ledger's counted fen and units equal ")
        .append("the simulators' counted orders.\n");
    return out.toString();
  }
}
