package cn.wanhuo.hub.promotions.campaigns;

/** Where a campaign sells: the hub's own pavilion and the platforms the connectors reach. */
public enum Channel {
  PAVILION, TAOBAO, JD, PINDUODUO, SUNING
}
