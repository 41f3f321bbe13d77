package cn.wanhuo.hub.connectors.platform.internal;

import cn.wanhuo.hub.connectors.platform.CallPermits;
import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClient.RequestHeadersSpec;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The adapters' one HTTP client. It sends a prepared request and turns whatever comes back into either the
 * platform's answer, read by the caller, or a classified {@link PlatformException}: the platform's error envelope is
 * classified by the platform's own {@link ErrorEnvelope}; transport failures, timeouts, HTTP 5xx and 429 and answers
 * that are not the expected JSON are retryable; another 4xx without an envelope and an answer over the size limit
 * are permanent. Causes are not chained: a transport exception carries the request URL,
 * and TOP and JD put the session and signature into it.
 */
public class PlatformHttp {

  private final WebClient client;
  private final CallPermits permits;

  /** Without pacing: for tests of the adapters alone. */
  public PlatformHttp(HttpSettings settings) {
    this(settings, CallPermits.UNLIMITED);
  }

  public PlatformHttp(HttpSettings settings, CallPermits permits) {
    this.permits = permits;
    HttpClient http = HttpClient.create()
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(settings.connectTimeout().toMillis()))
        .responseTimeout(settings.responseTimeout());
    this.client = WebClient.builder()
        .clientConnector(new ReactorClientHttpConnector(http))
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(Math.toIntExact(settings.maxResponseSize().toBytes())))
        .build();
  }

  /**
   * Sends the request and reads a successful answer with {@code reader}; a reader that finds the answer not as
   * documented (a missing field, a number that is not one) makes the call retryable.
   */
  public <T> Mono<T> send(Channel channel, ShopCredentials shop, Function<WebClient, RequestHeadersSpec<?>> request,
      ErrorEnvelope errors, Function<JsonNode, T> reader) {
    return permits.permit(shop).then(Mono.defer(() -> request.apply(client).exchangeToMono(response -> response.bodyToMono(String.class)
            .defaultIfEmpty("")
            .map(body -> answer(channel, response.statusCode(), body, errors)))))
        .onErrorMap(e -> !(e instanceof PlatformException), e -> unreachable(channel, e))
        .map(answer -> read(channel, answer, reader));
  }

  private static JsonNode answer(Channel channel, HttpStatusCode status, String body, ErrorEnvelope errors) {
    if (status.is5xxServerError()) {
      throw new PlatformException(channel, Failure.RETRYABLE, "HTTP_" + status.value(), channel + " answered HTTP " + status.value());
    }
    JsonNode answer = parse(body);
    PlatformException refusal = answer == null ? null : errors.refusal(answer);
    if (refusal != null) {
      throw refusal;
    }
    if (!status.is2xxSuccessful()) {
      Failure failure = status.value() == 429 ? Failure.RETRYABLE : Failure.PERMANENT;
      throw new PlatformException(channel, failure, "HTTP_" + status.value(), channel + " answered HTTP " + status.value());
    }
    if (answer == null) {
      throw Failures.malformed(channel, "not a JSON object");
    }
    return answer;
  }

  /** The answer as a JSON object, or null when it is not one. */
  private static @Nullable JsonNode parse(String body) {
    try {
      JsonNode answer = PlatformJson.MAPPER.readTree(body);
      return answer != null && answer.isObject() ? answer : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static <T> T read(Channel channel, JsonNode answer, Function<JsonNode, T> reader) {
    try {
      return reader.apply(answer);
    } catch (PlatformException e) {
      throw e;
    } catch (RuntimeException e) {
      throw Failures.malformed(channel, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private static PlatformException unreachable(Channel channel, Throwable e) {
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
    if (cause instanceof DataBufferLimitException) {
      return new PlatformException(channel, Failure.PERMANENT, "ANSWER_TOO_LARGE",
          channel + " answered more than wanhuo.connectors.http.max-response-size allows");
    }
    boolean timeout = cause instanceof ReadTimeoutException || cause instanceof ConnectTimeoutException
        || cause instanceof TimeoutException;
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return timeout
        ? new PlatformException(channel, Failure.RETRYABLE, "TIMEOUT", channel + " did not answer in time")
        : new PlatformException(channel, Failure.RETRYABLE, "UNREACHABLE", "Could not reach " + channel + ": " + detail);
  }
}
