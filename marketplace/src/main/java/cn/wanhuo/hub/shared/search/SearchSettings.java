package cn.wanhuo.hub.shared.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param indexPrefix prefix of every index and alias this hub owns, so several hubs (or test runs) can share a cluster
 */
@ConfigurationProperties("wanhuo.search")
public record SearchSettings(@DefaultValue("wanhuo") String indexPrefix) {

  public String alias(String name) {
    return indexPrefix + "-" + name;
  }
}
