package cn.wanhuo.hub.promotions.campaigns;

/**
 * The quota's hold on the SKU's stock: none until approval, active until the campaign ends or is cancelled (or the
 * enrolment is withdrawn), then released, so unsold units count as normal stock again.
 */
public enum Reservation {
  NONE, ACTIVE, RELEASED
}
