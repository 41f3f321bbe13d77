package cn.wanhuo.hub.connectors.simulators;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import cn.wanhuo.hub.connectors.simulators.GatewayError.Kind;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The platform gateway as a WireMock transformer: the checks a real gateway makes, in its order (protocol parameters,
 * app key, signature, timestamp, method, token, QPS), then an injected fault or the dialect's answer.
 */
final class Gateway implements ResponseDefinitionTransformerV2 {

  static final String NAME = "wanhuo-platform-gateway";
  private static final Duration SKEW = Duration.ofMinutes(10);
  private static final String JSON = "application/json;charset=UTF-8";

  private final PlatformSimulator simulator;

  Gateway(PlatformSimulator simulator) {
    this.simulator = simulator;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Dialect dialect = simulator.dialect();
    Request request = serveEvent.getRequest();
    Instant now = Instant.now();
    try {
      PlatformCall call = admit(dialect, request, now);
      Optional<Fault> fault = simulator.faults().draw(call.method());
      if (fault.isPresent()) {
        return faulted(fault.get(), dialect, call, now);
      }
      return json(200, simulator.apply(call, now));
    } catch (GatewayError refused) {
      return json(200, dialect.error(refused));
    }
  }

  private PlatformCall admit(Dialect dialect, Request request, Instant now) {
    PlatformCall call = dialect.read(request);
    String secret = simulator.apps().secret(call.appKey());
    if (secret == null) {
      throw GatewayError.of(Kind.UNKNOWN_APP_KEY);
    }
    if (!dialect.signatureMatches(call, request, secret)) {
      throw GatewayError.of(Kind.BAD_SIGNATURE);
    }
    if (Duration.between(call.timestamp(), now).abs().compareTo(SKEW) > 0) {
      throw GatewayError.of(Kind.BAD_TIMESTAMP);
    }
    if (!dialect.knows(call.method())) {
      throw GatewayError.of(Kind.UNKNOWN_METHOD);
    }
    simulator.apps().check(call.appKey(), call.token());
    if (!simulator.limiter().tryAcquire(call.appKey(), System.nanoTime(), now.getEpochSecond())) {
      throw GatewayError.of(Kind.RATE_LIMITED);
    }
    simulator.counted(call.method());
    return call;
  }

  private ResponseDefinition faulted(Fault fault, Dialect dialect, PlatformCall call, Instant now) {
    return switch (fault) {
      case SERVER_ERROR -> unavailable();
      case TIMEOUT -> aResponse().withStatus(504).withHeader("Content-Type", "text/plain")
          .withBody("Gateway Timeout").withFixedDelay((int) simulator.timeoutDelay().toMillis()).build();
      case RATE_LIMIT -> json(200, dialect.error(GatewayError.of(Kind.RATE_LIMITED)));
      case EXPIRED_TOKEN -> json(200, dialect.error(GatewayError.of(Kind.EXPIRED_TOKEN)));
      case INVALID_PARAMETER -> json(200, dialect.error(GatewayError.invalid("title", "contains a word the platform does not allow (simulated)")));
      case MALFORMED -> json(200, "{\"" + call.method().replace('.', '_') + "_response\":{\"code\":\"0\",\"it");
      case LOST_RESPONSE -> {
        try {
          simulator.apply(call, now);
        } catch (GatewayError refused) {
          // The caller would not have seen this refusal either.
        }
        yield unavailable();
      }
    };
  }

  private static ResponseDefinition unavailable() {
    return aResponse().withStatus(503).withHeader("Content-Type", "text/html")
        .withBody("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>").build();
  }

  private static ResponseDefinition json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", JSON).withBody(body).build();
  }
}
