package cn.wanhuo.hub.promotions.sales;

import org.jspecify.annotations.Nullable;

/** The shapes sales are reported in; amounts in fen. */
public final class SalesFigures {

  private SalesFigures() {}

  /** What one channel, prefecture or campaign sold; {@code key} is null for sales of no campaign. */
  public record Row(@Nullable String key, long gmvFen, long units, long orders) {}

  /** What one product sold. */
  public record ProductRow(String productId, String nameZh, @Nullable String nameEn, long gmvFen, long units) {}

  /** GMV in one hour ({@code 2027-03-20T14}) or day ({@code 2027-03-20}) of Asia/Shanghai. */
  public record Point(String at, long gmvFen, long units) {}
}
