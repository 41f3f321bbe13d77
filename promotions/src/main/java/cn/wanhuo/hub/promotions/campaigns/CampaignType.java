package cn.wanhuo.hub.promotions.campaigns;

/** What kind of sale a campaign is. */
public enum CampaignType {
  /** 季节性, e.g. 春茶节 */
  SEASONAL,
  /** 文化用品 */
  CULTURAL,
  /** 老字号专场 */
  TIME_HONOURED,
  /** 抱团促销: many producers under one regional brand */
  GROUP_PROMOTION,
  /** 秒杀: campaign prices only during daily sessions */
  FLASH_SALE
}
