package cn.wanhuo.hub.connectors.platform;

import java.net.URI;

/**
 * A shop's decrypted credentials, held only in memory for one call. {@link #toString()} hides the secrets so a log
 * line or exception message can never carry them.
 *
 * @param gateway the platform's API endpoint (a simulator's in the demo and tests)
 * @param accessToken the seller's session (Taobao), access token (JD, Pinduoduo, Suning)
 */
public record ShopCredentials(URI gateway, String appKey, String appSecret, String accessToken) {

  @Override
  public String toString() {
    return "ShopCredentials[gateway=" + gateway + ", appKey=" + appKey + ", appSecret=***, accessToken=***]";
  }
}
