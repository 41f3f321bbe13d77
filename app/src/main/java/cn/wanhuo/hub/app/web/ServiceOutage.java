package cn.wanhuo.hub.app.web;

import java.net.ConnectException;
import java.util.Optional;

/**
 * Recognises a failure caused by a backing service being away (refused connection, timeout, rejected
 * command while disconnected) and names the service, so the answer is a 503 rather than a 500.
 */
final class ServiceOutage {

  private ServiceOutage() {}

  static Optional<String> serviceBehind(Throwable error) {
    boolean outage = false;
    String service = null;
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String type = t.getClass().getName();
      if (service == null) {
        service = serviceOf(type);
      }
      outage |= t instanceof ConnectException
          || t instanceof java.net.SocketTimeoutException
          || t instanceof java.nio.channels.ClosedChannelException
          || t instanceof org.springframework.dao.DataAccessResourceFailureException
          || t instanceof org.springframework.dao.QueryTimeoutException
          || t instanceof io.lettuce.core.RedisConnectionException
          || t instanceof io.lettuce.core.RedisCommandTimeoutException
          || (t instanceof io.lettuce.core.RedisException && String.valueOf(t.getMessage()).contains("not connected"))
          || t instanceof com.mongodb.MongoSocketException
          || t instanceof com.mongodb.MongoTimeoutException;
    }
    return outage ? Optional.of(service == null ? "A backing service" : service) : Optional.empty();
  }

  private static String serviceOf(String exceptionType) {
    if (exceptionType.startsWith("io.lettuce") || exceptionType.contains(".redis.")) {
      return "Redis";
    }
    if (exceptionType.startsWith("com.mongodb") || exceptionType.contains(".mongodb.")) {
      return "MongoDB";
    }
    if (exceptionType.startsWith("co.elastic") || exceptionType.contains("elasticsearch")) {
      return "Elasticsearch";
    }
    return null;
  }
}
