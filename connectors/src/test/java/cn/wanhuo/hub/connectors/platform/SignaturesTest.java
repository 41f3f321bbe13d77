package cn.wanhuo.hub.connectors.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published test vectors of shared/reference/platform-apis.md, byte for byte. */
class SignaturesTest {

  private static Map<String, String> topParams(String signMethod) {
    Map<String, String> params = new HashMap<>();
    params.put("method", "taobao.item.seller.get");
    params.put("app_key", "12345678");
    params.put("session", "test");
    params.put("timestamp", "2016-01-01 12:00:00");
    params.put("format", "json");
    params.put("v", "2.0");
    params.put("sign_method", signMethod);
    params.put("fields", "num_iid,title,nick,price,num");
    params.put("num_iid", "11223344");
    return params;
  }

  @Test
  void topMd5MatchesTheOfficialVector() {
    assertThat(Signatures.top(topParams("md5"), "helloworld")).isEqualTo("66987CB115214E59E6EC978214934FB8");
  }

  @Test
  void topHmacVectors() {
    assertThat(Signatures.top(topParams("hmac"), "helloworld")).isEqualTo("D56D7858309C31B6251083A874D48273");
    assertThat(Signatures.top(topParams("hmac-sha256"), "helloworld"))
        .isEqualTo("04DB15AD0774D5CFCE2C837DE43E3FCEA9011ED74F3038FB6AB5F3C4CEA119E8");
  }

  @Test
  void topIgnoresTheSignItselfAndEmptyValues() {
    Map<String, String> params = topParams("md5");
    params.put("sign", "whatever");
    params.put("partner_id", "");
    assertThat(Signatures.top(params, "helloworld")).isEqualTo("66987CB115214E59E6EC978214934FB8");
  }

  @Test
  void josMatchesTheVector() {
    Map<String, String> params = new HashMap<>();
    params.put("360buy_param_json", "{\"end_date\":null,\"optional_fields\":null,\"order_state\":\"WAIT_SELLER_STOCK_OUT\","
        + "\"page\":\"1\",\"page_size\":\"200\",\"start_date\":null}");
    params.put("access_token", "yourtoken");
    params.put("app_key", "yourappkey");
    params.put("method", "jingdong.pop.order.search");
    params.put("timestamp", "2021-05-07 09:20:39.683+0800");
    params.put("v", "2.0");
    assertThat(Signatures.jos(params, "yourappSecret")).isEqualTo("D70825340F4084360B9362B60DFD7930");
  }

  @Test
  void pddMatchesTheOfficialVector() {
    Map<String, String> params = new HashMap<>();
    params.put("access_token", "asd78172s8ds9a921j9qqwda12312w1w21211");
    params.put("client_id", "1");
    params.put("data_type", "XML");
    params.put("order_status", "1");
    params.put("page", "1");
    params.put("page_size", "10");
    params.put("timestamp", "1480411125");
    params.put("type", "pdd.order.number.list.get");
    assertThat(Signatures.pdd(params, "testSecret")).isEqualTo("E4DE3ED21002510DED352819E7AE6775");
  }

  @Test
  void suningIsLowerCaseMd5OverTheBase64Body() {
    String signature = Signatures.suning(
        "secret", "suning.custom.inventory.modify", "2026-12-03 10:00:00", "key", "v1.2", "{\"sn_request\":{}}");
    assertThat(signature).hasSize(32).isLowerCase();
    // Same inputs with one byte of the body changed sign differently: the body is covered.
    assertThat(Signatures.suning(
        "secret", "suning.custom.inventory.modify", "2026-12-03 10:00:00", "key", "v1.2", "{\"sn_request\":{} }"))
        .isNotEqualTo(signature);
  }

  @Test
  void matchesComparesExactly() {
    assertThat(Signatures.matches("ABC", "ABC")).isTrue();
    assertThat(Signatures.matches("ABC", "ABD")).isFalse();
  }
}
