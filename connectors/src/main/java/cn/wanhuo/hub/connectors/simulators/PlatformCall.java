package cn.wanhuo.hub.connectors.simulators;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One call as a dialect read it off the wire.
 *
 * @param params the business parameters (Taobao, Pinduoduo) or what the dialect keeps of its body
 * @param body the JSON body (JD's {@code 360buy_param_json}, Suning's business object), else an empty object
 */
record PlatformCall(
    String method,
    String appKey,
    @Nullable String token,
    Instant timestamp,
    String sign,
    Map<String, String> params,
    JsonNode body) {}
