package cn.wanhuo.hub.app.benchmark;

import static cn.wanhuo.hub.app.benchmark.SearchReport.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.benchmark.QueryMix.Query;
import cn.wanhuo.hub.marketplace.pavilion.ProductSearch;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two sides compared, each with its own HTTP client: A, the hub's search endpoint; B, the request body the
 * endpoint's {@link ProductSearch} builds for the same query, sent straight to Elasticsearch as its client sends it
 * ({@code typed_keys} included). B's bodies are also written to {@code target/benchmark/requests} to replay by hand.
 */
final class SearchSides {

  private static final Path REQUESTS = Path.of("target/benchmark/requests");

  private final HttpClient endpointHttp = client();
  private final HttpClient rawHttp = client();
  private final int port;
  private final URI elasticsearch;
  private final ProductSearch search;
  private final JsonpMapper jsonp;
  private final JsonMapper json;

  SearchSides(int port, URI elasticsearch, ProductSearch search, JsonpMapper jsonp, JsonMapper json) throws IOException {
    FileSystemUtils.deleteRecursively(REQUESTS);
    this.port = port;
    this.elasticsearch = elasticsearch;
    this.search = search;
    this.jsonp = jsonp;
    this.json = json;
  }

  static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  HttpClient http(String side) {
    return side.equals(ENDPOINT) ? endpointHttp : rawHttp;
  }

  List<HttpRequest> requests(String side, List<Query> mix) {
    return mix.stream().map(query -> side.equals(ENDPOINT) ? endpointRequest(query) : rawRequest(query)).toList();
  }

  String secondPageCursor() {
    String cursor = json.readTree(send(endpointHttp, endpointRequest(QueryMix.FIRST_PAGE))).path("nextCursor").asString();
    assertThat(cursor).as("cursor of the first page").isNotBlank();
    return cursor;
  }

  /** Both sides must agree on every query (total, and the ids of the first page in order) and find something. */
  Map<Query, Long> sameHits(List<Query> mix) {
    var totals = new LinkedHashMap<Query, Long>();
    for (Query query : mix) {
      JsonNode endpoint = json.readTree(send(endpointHttp, endpointRequest(query)));
      JsonNode raw = json.readTree(send(rawHttp, rawRequest(query))).path("hits");
      long total = endpoint.path("total").asLong();
      var endpointIds = endpoint.path("items").valueStream().map(item -> item.path("id").asString()).toList();
      var rawIds = raw.path("hits").valueStream().map(hit -> hit.path("_id").asString()).toList();
      assertThat(total).as(query.label() + ": hits").isPositive().isEqualTo(raw.path("total").path("value").asLong());
      // The service asks for one hit more than the page shows, to know whether another page follows.
      assertThat(endpointIds).as(query.label() + ": first page").isNotEmpty()
          .isEqualTo(rawIds.subList(0, Math.min(rawIds.size(), query.productQuery().size())));
      totals.put(query, total);
    }
    return totals;
  }

  private HttpRequest endpointRequest(Query query) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + query.uri())).header("Accept", "application/json").GET().build();
  }

  private HttpRequest rawRequest(Query query) {
    var request = search.request(query.productQuery()).block();
    String body = JsonpUtils.toJsonString(request, jsonp);
    try {
      Files.createDirectories(REQUESTS);
      Files.writeString(REQUESTS.resolve(query.label().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + ".json"), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HttpRequest.newBuilder(elasticsearch.resolve("/" + String.join(",", request.index()) + "/_search?typed_keys=true"))
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)).build();
  }

  private static String send(HttpClient http, HttpRequest request) {
    try {
      var response = http.send(request, BodyHandlers.ofString());
      assertThat(response.statusCode()).as(request.uri() + " answered " + response.body()).isEqualTo(200);
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
