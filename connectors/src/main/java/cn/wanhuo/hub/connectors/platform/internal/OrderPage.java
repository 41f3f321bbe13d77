package cn.wanhuo.hub.connectors.platform.internal;

import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import java.util.List;

/** One page of a platform's order list and how many pages the window has. */
public record OrderPage(int pageCount, List<PlatformOrder> orders) {

  public OrderPage {
    orders = List.copyOf(orders);
  }

  /** The page count from the total the platform reports and the page size asked for. */
  public static OrderPage ofTotal(long total, int pageSize, List<PlatformOrder> orders) {
    return new OrderPage(Math.toIntExact((total + pageSize - 1) / pageSize), orders);
  }
}
