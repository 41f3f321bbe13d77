package cn.wanhuo.hub.shared.search;

import cn.wanhuo.hub.shared.DomainException;
import cn.wanhuo.hub.shared.ServiceUnavailable;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/** Turns an async client call into a lazy {@link Mono} whose transport failures read as {@link ServiceUnavailable}. */
public final class Search {

  private Search() {}

  public static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
    return Mono.fromFuture(request)
        .onErrorMap(Search::unreachable, e -> new ServiceUnavailable("Elasticsearch", e));
  }

  /** The cluster answered with an error (a bug or bad request) or we refused the request: not an outage. */
  private static boolean unreachable(Throwable error) {
    return !(error instanceof ElasticsearchException) && !(error instanceof DomainException);
  }
}
