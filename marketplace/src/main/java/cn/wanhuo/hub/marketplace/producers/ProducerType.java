package cn.wanhuo.hub.marketplace.producers;

/** The legal form of a producer. */
public enum ProducerType {
  /** 企业 */
  ENTERPRISE,
  /** 农民专业合作社 */
  COOPERATIVE,
  /** 家庭农场 */
  FAMILY_FARM,
  /** 中华老字号 holder */
  TIME_HONOURED_BRAND,
  /** 个体手艺人 */
  CRAFTSPERSON
}
