package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One order line as a channel reported it; the unit of counting.
 *
 * @param modifiedAt when the channel last changed the line; a later one (a refund, a cancellation) replaces what was
 *     recorded, an older one is ignored
 * @param amountFen what the buyer paid for the line, in fen
 * @param buyerKey a stable key of the buyer on that channel (an id or its hash), for unique buyers
 */
public record SaleLine(Channel channel, String orderId, String lineId, Instant orderedAt, Instant modifiedAt, String productId,
    String skuCode, int quantity, long amountFen, String buyerKey, SaleLineState state) {

  /** The ledger's key of the line: {@code channel:orderId:lineId}. */
  public String key() {
    return channel.name() + ":" + orderId + ":" + lineId;
  }

  /** What is wrong with the line, empty when it may be recorded. */
  List<FieldProblem> problems() {
    var problems = new ArrayList<FieldProblem>();
    if (channel == null) {
      problems.add(new FieldProblem("channel", "is required"));
    }
    blank(problems, "orderId", orderId);
    blank(problems, "lineId", lineId);
    blank(problems, "productId", productId);
    blank(problems, "skuCode", skuCode);
    blank(problems, "buyerKey", buyerKey);
    if (orderedAt == null) {
      problems.add(new FieldProblem("orderedAt", "is required"));
    }
    if (modifiedAt == null) {
      problems.add(new FieldProblem("modifiedAt", "is required"));
    } else if (orderedAt != null && modifiedAt.isBefore(orderedAt)) {
      problems.add(new FieldProblem("modifiedAt", "must not be before orderedAt"));
    }
    if (quantity <= 0) {
      problems.add(new FieldProblem("quantity", "must be at least 1"));
    }
    if (amountFen < 0) {
      problems.add(new FieldProblem("amountFen", "must not be negative"));
    }
    if (state == null) {
      problems.add(new FieldProblem("state", "is required"));
    }
    return problems;
  }

  private static void blank(List<FieldProblem> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "must not be blank"));
    } else if (value.length() > 128) {
      problems.add(new FieldProblem(field, "must be at most 128 characters"));
    }
  }
}
