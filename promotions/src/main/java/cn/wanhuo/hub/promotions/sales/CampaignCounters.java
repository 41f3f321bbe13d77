package cn.wanhuo.hub.promotions.sales;

import java.util.List;
import java.util.Map;

/**
 * A campaign's live counters as Redis holds them.
 *
 * @param lines order lines counted now
 * @param orders orders with at least one counted line
 * @param buyers buyers with at least one counted line (a buyer is per channel)
 * @param byChannel per channel: GMV, units, orders
 * @param byPrefecture per prefecture code: GMV, units
 * @param topProducts best-selling products by GMV, best first
 */
public record CampaignCounters(long gmvFen, long units, long lines, long orders, long buyers, Map<String, Figures> byChannel,
    Map<String, Figures> byPrefecture, List<ProductFigures> topProducts) {

  /** What one channel or prefecture sold; orders only per channel (an order spans prefectures). */
  public record Figures(long gmvFen, long units, long orders) {}

  /** What one product sold. */
  public record ProductFigures(String productId, long gmvFen, long units) {}
}
