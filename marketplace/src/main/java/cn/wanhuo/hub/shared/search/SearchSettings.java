package cn.wanhuo.hub.shared.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param indexPrefix prefix of every index and alias this hub owns, so several hubs (or test runs) can share a cluster
 * @param chineseAnalyzer analyzer of Chinese text fields: {@code standard} (one token per character) works on every
 *     cluster; a cluster with a Chinese analysis plugin may name its analyzer here (e.g. {@code smartcn},
 *     {@code ik_max_word}) and rebuild the index
 */
@ConfigurationProperties("wanhuo.search")
public record SearchSettings(@DefaultValue("wanhuo") String indexPrefix, @DefaultValue("standard") String chineseAnalyzer) {

  public String alias(String name) {
    return indexPrefix + "-" + name;
  }
}
