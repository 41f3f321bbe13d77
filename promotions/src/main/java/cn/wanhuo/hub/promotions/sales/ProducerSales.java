package cn.wanhuo.hub.promotions.sales;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the producers the caller may see sold, from the ledger.
 *
 * @param campaignNames campaign id → its Chinese and English names, for the {@code byCampaign} rows
 */
public record ProducerSales(@Nullable String producerId, @Nullable LocalDate from, @Nullable LocalDate to, long gmvFen, long orders,
    long units, long lines, List<SalesFigures.Row> byChannel, List<SalesFigures.Row> byCampaign, Map<String, List<String>> campaignNames,
    List<SalesFigures.ProductRow> topProducts, List<SalesFigures.Point> series) {}
