package cn.wanhuo.hub.connectors.simulators;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's own JSON controls under {@code /__sim/}: state, items, latest orders, faults, QPS, order
 * generation, bulk orders and tokens (docs/connectors.md, "Simulators").
 */
final class ControlSurface implements ResponseDefinitionTransformerV2 {

  static final String NAME = "wanhuo-simulator-controls";
  private static final int LATEST_ORDERS = 50;

  private final PlatformSimulator simulator;

  ControlSurface(PlatformSimulator simulator) {
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
    Request request = serveEvent.getRequest();
    String path = request.getUrl().split("\\?", 2)[0];
    String route = request.getMethod().getName() + " " + path;
    try {
      JsonNode body = request.getBodyAsString().isBlank() ? Wire.JSON.createObjectNode()
          : Wire.JSON.readTree(request.getBodyAsString());
      return switch (route) {
        case "GET /__sim/state" -> ok(state());
        case "GET /__sim/items" -> ok(items());
        case "GET /__sim/orders" -> ok(latestOrders());
        case "POST /__sim/orders" -> {
          simulator.addOrders(body.path("count").asInt(), Instant.parse(body.path("from").asString()),
              Instant.parse(body.path("to").asString()));
          yield ok(state());
        }
        case "POST /__sim/faults" -> {
          Fault fault = Fault.valueOf(body.path("fault").asString().toUpperCase(Locale.ROOT));
          if (body.has("count") && body.has("method")) {
            simulator.failNextOf(body.path("method").asString(), fault, body.path("count").asInt());
          } else if (body.has("count")) {
            simulator.failNext(fault, body.path("count").asInt());
          } else {
            simulator.injectFaults(fault, body.path("rate").asDouble());
          }
          yield ok(state());
        }
        case "DELETE /__sim/faults" -> {
          simulator.clearFaults();
          yield ok(state());
        }
        case "POST /__sim/qps" -> {
          simulator.qps(body.path("qps").asInt());
          yield ok(state());
        }
        case "POST /__sim/generator" -> {
          simulator.startOrders(body.path("ordersPerMinute").asDouble());
          yield ok(state());
        }
        case "DELETE /__sim/generator" -> {
          simulator.stopOrders();
          yield ok(state());
        }
        case "POST /__sim/token/expire" -> {
          simulator.expireToken(body.has("token") ? body.path("token").asString() : simulator.demoShop().accessToken());
          yield ok(state());
        }
        case "POST /__sim/token/issue" -> {
          ObjectNode answer = Wire.JSON.createObjectNode();
          answer.put("accessToken", simulator.issueToken());
          yield ok(answer);
        }
        default -> answer(404, message("No control " + route));
      };
    } catch (RuntimeException e) {
      return answer(400, message(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  private ObjectNode state() {
    ObjectNode state = Wire.JSON.createObjectNode();
    state.put("channel", simulator.channel().name());
    state.put("gateway", simulator.gateway().toString());
    state.put("items", simulator.itemCount());
    state.put("duplicateItems", simulator.duplicateItems());
    state.put("orders", simulator.orderCount());
    state.put("qps", simulator.qps());
    state.put("achievedQps", Math.round(simulator.achievedQps() * 100) / 100.0);
    ObjectNode calls = state.putObject("calls");
    simulator.callCounts().forEach(calls::put);
    ObjectNode faults = state.putObject("faults");
    ObjectNode rates = faults.putObject("rates");
    simulator.faults().rates().forEach((fault, rate) -> rates.put(fault.name(), rate));
    ObjectNode pending = faults.putObject("next");
    simulator.faults().pending().forEach((fault, count) -> pending.put(fault.name(), count));
    ObjectNode injected = faults.putObject("injected");
    simulator.injectedFaults().forEach((fault, count) -> injected.put(fault.name(), count));
    ObjectNode generator = state.putObject("generator");
    generator.put("running", simulator.ordersPerMinute() > 0);
    generator.put("ordersPerMinute", simulator.ordersPerMinute());
    return state;
  }

  private ArrayNode items() {
    return Wire.JSON.valueToTree(simulator.items());
  }

  private ArrayNode latestOrders() {
    List<SimulatedOrder> orders = simulator.orders();
    return Wire.JSON.valueToTree(orders.subList(Math.max(0, orders.size() - LATEST_ORDERS), orders.size()).reversed());
  }

  private static ObjectNode message(String text) {
    ObjectNode error = Wire.JSON.createObjectNode();
    error.put("error", text);
    return error;
  }

  private static ResponseDefinition ok(JsonNode body) {
    return answer(200, body);
  }

  private static ResponseDefinition answer(int status, JsonNode body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8")
        .withBody(body.toString()).build();
  }
}
