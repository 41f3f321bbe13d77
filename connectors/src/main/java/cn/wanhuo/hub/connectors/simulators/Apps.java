package cn.wanhuo.hub.connectors.simulators;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The apps a simulated platform knows (app key and secret) and the access tokens it issued to them. Thread-safe. */
final class Apps {

  private record Token(String appKey, boolean expired) {}

  private final Map<String, String> secrets = new HashMap<>();
  private final Map<String, Token> tokens = new HashMap<>();

  synchronized void register(String appKey, String secret, String token) {
    secrets.put(appKey, secret);
    tokens.put(token, new Token(appKey, false));
  }

  synchronized @Nullable String secret(String appKey) {
    return secrets.get(appKey);
  }

  /** A fresh token for an app, as the platform's authorisation would give it. */
  synchronized String issue(String appKey) {
    if (!secrets.containsKey(appKey)) {
      throw new IllegalArgumentException("Unknown app key " + appKey);
    }
    String token = "tok-" + UUID.randomUUID().toString().replace("-", "");
    tokens.put(token, new Token(appKey, false));
    return token;
  }

  synchronized void expire(String token) {
    Token known = tokens.get(token);
    if (known == null) {
      throw new IllegalArgumentException("Unknown token");
    }
    tokens.put(token, new Token(known.appKey(), true));
  }

  /** Refuses a call whose token is missing, expired, unknown or issued to another app. */
  synchronized void check(String appKey, @Nullable String token) {
    if (token == null || token.isBlank()) {
      throw GatewayError.of(GatewayError.Kind.MISSING_TOKEN);
    }
    Token known = tokens.get(token);
    if (known == null || !known.appKey().equals(appKey)) {
      throw GatewayError.of(GatewayError.Kind.UNKNOWN_TOKEN);
    }
    if (known.expired()) {
      throw GatewayError.of(GatewayError.Kind.EXPIRED_TOKEN);
    }
  }
}
