package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One order line in the sales ledger, keyed {@code channel:orderId:lineId} so recording it again finds it.
 *
 * <p>Every accepted change raises {@code revision} and sets {@code pending} in the same write; the counters worker
 * applies the line's contribution at that revision to Redis (idempotently per line and revision) and then records
 * {@code appliedRevision} and clears {@code pending}, but only if no newer revision arrived meanwhile.
 *
 * @param hour the hour of the order in Asia/Shanghai ({@code 2027-03-20T14}), so GMV over time is a plain grouping
 * @param day the day of the order in Asia/Shanghai ({@code 2027-03-20})
 */
@Document("sales_ledger")
@CompoundIndexes({
    @CompoundIndex(name = "campaign_time", def = "{'attribution.campaignId': 1, 'orderedAt': 1}"),
    @CompoundIndex(name = "producer_time", def = "{'attribution.producerId': 1, 'orderedAt': 1}"),
    @CompoundIndex(name = "campaign_sku", def = "{'attribution.campaignId': 1, 'productId': 1, 'skuCode': 1}")})
public record LedgerEntry(
    @Id String id,
    Channel channel,
    String orderId,
    String lineId,
    Instant orderedAt,
    Instant modifiedAt,
    String productId,
    String skuCode,
    int quantity,
    long amountFen,
    String buyerKey,
    SaleLineState state,
    Attribution attribution,
    String hour,
    String day,
    long revision,
    long appliedRevision,
    @Indexed boolean pending,
    Instant recordedAt) {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(SHANGHAI);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(SHANGHAI);

  /** A line seen for the first time: revision 1, not yet counted. */
  static LedgerEntry first(SaleLine line, Attribution attribution, Instant now) {
    return new LedgerEntry(line.key(), line.channel(), line.orderId(), line.lineId(), line.orderedAt(), line.modifiedAt(),
        line.productId(), line.skuCode(), line.quantity(), line.amountFen(), line.buyerKey(), line.state(), attribution,
        HOUR.format(line.orderedAt()), DAY.format(line.orderedAt()), 1, 0, true, now);
  }

  /** Whether the line counts towards sales now. */
  public boolean counts() {
    return state.counts();
  }

  /** Units the line contributes now: its quantity while counted, else none. */
  long units() {
    return counts() ? quantity : 0;
  }

  /** GMV the line contributes now, in fen. */
  long gmvFen() {
    return counts() ? amountFen : 0;
  }
}
