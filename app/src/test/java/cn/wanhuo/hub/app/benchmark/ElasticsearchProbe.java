package cn.wanhuo.hub.app.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to Elasticsearch directly, outside any timing: the node's facts and CPU time for the report, the size of the
 * benchmark's index, and dropping that index afterwards so a shared test cluster does not keep 100,000 documents.
 */
final class ElasticsearchProbe {

  /** The node as the report describes it. */
  record Node(String version, long heapBytes, int processors) {}

  private final HttpClient http;
  private final URI base;
  private final JsonMapper json;

  ElasticsearchProbe(HttpClient http, URI base, JsonMapper json) {
    this.http = http;
    this.base = base;
    this.json = json;
  }

  Node node() {
    var node = localNode("/_nodes/_local/jvm,os");
    return new Node(node.path("version").asString(), node.path("jvm").path("mem").path("heap_max_in_bytes").asLong(),
        node.path("os").path("available_processors").asInt());
  }

  /** CPU time the Elasticsearch process has used so far (whatever it served, not only this benchmark). */
  long cpuMillis() {
    return localNode("/_nodes/_local/stats/process").path("process").path("cpu").path("total_in_millis").asLong();
  }

  /** Searches the index behind the alias has run so far, and the time its shard spent in their query and fetch phases. */
  Searches searches(String alias) {
    var search = get("/" + alias + "/_stats/search").path("_all").path("primaries").path("search");
    return new Searches(search.path("query_total").asLong(),
        Duration.ofMillis(search.path("query_time_in_millis").asLong() + search.path("fetch_time_in_millis").asLong()));
  }

  /** A count of searches and the time spent on them. */
  record Searches(long count, Duration time) {

    Searches minus(Searches earlier) {
      return new Searches(count - earlier.count, time.minus(earlier.time));
    }
  }

  /** Documents and bytes of the index behind the alias. */
  long[] indexSize(String alias) {
    var primaries = get("/" + alias + "/_stats/docs,store").path("_all").path("primaries");
    return new long[] {primaries.path("docs").path("count").asLong(), primaries.path("store").path("size_in_bytes").asLong()};
  }

  /** Deletes every concrete index behind the alias. */
  void drop(String alias) {
    get("/_alias/" + alias).propertyNames().forEach(index -> send(HttpRequest.newBuilder(base.resolve("/" + index)).DELETE().build()));
  }

  private JsonNode localNode(String path) {
    return get(path).path("nodes").values().iterator().next();
  }

  private JsonNode get(String path) {
    return json.readTree(send(HttpRequest.newBuilder(base.resolve(path)).GET().build()));
  }

  private String send(HttpRequest request) {
    try {
      var response = http.send(request, BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
