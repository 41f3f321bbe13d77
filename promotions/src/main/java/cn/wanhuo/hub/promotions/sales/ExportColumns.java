package cn.wanhuo.hub.promotions.sales;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The columns of a ledger export, headed in Chinese or English, and one entry's cells. */
final class ExportColumns {

  /** Columns written as numbers in spreadsheets. */
  static final int AMOUNT = 10;
  static final int QUANTITY = 9;

  private static final List<String> ZH = List.of("下单时间", "渠道", "订单号", "订单行", "状态", "活动", "商品", "商品名称", "SKU", "数量",
      "金额（元）", "生产者", "地市", "区县", "品类", "更新时间");
  private static final List<String> EN = List.of("Ordered at", "Channel", "Order", "Line", "State", "Campaign", "Product",
      "Product name", "SKU", "Quantity", "Amount (CNY)", "Producer", "Prefecture", "County", "Category", "Modified at");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(LedgerEntry.SHANGHAI);

  private ExportColumns() {}

  static boolean chinese(Locale locale) {
    return !"en".equals(locale.getLanguage());
  }

  static List<String> headers(Locale locale) {
    return chinese(locale) ? ZH : EN;
  }

  static List<String> cells(LedgerEntry entry, Locale locale) {
    var a = entry.attribution();
    String name = chinese(locale) || a.productNameEn() == null ? a.productNameZh() : a.productNameEn();
    return List.of(TIME.format(entry.orderedAt()), entry.channel().name(), entry.orderId(), entry.lineId(), entry.state().name(),
        a.campaignId() == null ? "" : a.campaignId(), entry.productId(), name, entry.skuCode(), Integer.toString(entry.quantity()),
        yuan(entry.amountFen()), a.producerId(), a.prefectureCode(), a.countyCode() == null ? "" : a.countyCode(), a.category().name(),
        TIME.format(entry.modifiedAt()));
  }

  static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
