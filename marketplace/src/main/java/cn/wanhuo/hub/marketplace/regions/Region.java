package cn.wanhuo.hub.marketplace.regions;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A prefecture or county of Anhui with its Chinese and English names. */
@Document("regions")
public record Region(@Id String code, RegionLevel level, String parentCode, String nameZh, String nameEn) {

  public RegionCode regionCode() {
    return RegionCode.of(code);
  }
}
