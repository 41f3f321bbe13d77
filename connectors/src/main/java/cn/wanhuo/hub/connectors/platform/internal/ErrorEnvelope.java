package cn.wanhuo.hub.connectors.platform.internal;

import cn.wanhuo.hub.connectors.platform.PlatformException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads a platform's error envelope: the classified refusal when the answer is one, else null. */
@FunctionalInterface
public interface ErrorEnvelope {

  @Nullable PlatformException refusal(JsonNode answer);
}
