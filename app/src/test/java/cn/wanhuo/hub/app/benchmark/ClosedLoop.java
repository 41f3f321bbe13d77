package cn.wanhuo.hub.app.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;

/**
 * A closed-loop load tool: a fixed number of workers (virtual threads), each sending its next request as soon as
 * the previous one is answered, for a fixed time, cycling through the requests from its own starting point. Every
 * latency is kept (send to last byte read); only 200 answers count, anything else is an error.
 */
final class ClosedLoop {

  /** What one round measured; {@code queries[i]} is the position in the mix of the request that took {@code latenciesNanos[i]}. */
  record Round(String side, int workers, int number, Duration elapsed, long[] latenciesNanos, int[] queries, long errors,
      @Nullable String firstError, long responseBytes) {

    double throughput() {
      return latenciesNanos.length / (elapsed.toNanos() / 1e9);
    }
  }

  private final HttpClient http;
  private final int workers;

  ClosedLoop(HttpClient http, int workers) {
    this.http = http;
    this.workers = workers;
  }

  Round run(String side, int number, List<HttpRequest> requests, Duration duration) {
    var latencies = new LongStream.Builder[workers];
    var queries = new IntStream.Builder[workers];
    long[] errors = new long[workers];
    long[] bytes = new long[workers];
    var firstError = new AtomicReference<String>();
    long started = System.nanoTime();
    long deadline = started + duration.toNanos();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int w = 0; w < workers; w++) {
        int worker = w;
        latencies[w] = LongStream.builder();
        queries[w] = IntStream.builder();
        executor.submit(() -> {
          int next = worker * requests.size() / workers;
          while (System.nanoTime() < deadline) {
            int query = next++ % requests.size();
            var request = requests.get(query);
            long sent = System.nanoTime();
            try {
              var response = http.send(request, BodyHandlers.ofByteArray());
              long took = System.nanoTime() - sent;
              if (response.statusCode() == 200) {
                latencies[worker].add(took);
                queries[worker].add(query);
                bytes[worker] += response.body().length;
              } else {
                errors[worker]++;
                firstError.compareAndSet(null, request.uri() + " answered " + response.statusCode());
              }
            } catch (IOException e) {
              errors[worker]++;
              firstError.compareAndSet(null, request.uri() + " failed: " + e);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        });
      }
    }
    var elapsed = Duration.ofNanos(System.nanoTime() - started);
    long[] all = Arrays.stream(latencies).flatMapToLong(LongStream.Builder::build).toArray();
    int[] which = Arrays.stream(queries).flatMapToInt(IntStream.Builder::build).toArray();
    return new Round(side, workers, number, elapsed, all, which, LongStream.of(errors).sum(), firstError.get(), LongStream.of(bytes).sum());
  }
}
