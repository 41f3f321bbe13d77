package cn.wanhuo.hub.marketplace.regions;

/** The tier of an administrative division below the province. */
public enum RegionLevel {
  /** 地级市: one of Anhui's 16 prefecture-level cities. */
  PREFECTURE,
  /** 县级: a county, county-level city or district. */
  COUNTY
}
