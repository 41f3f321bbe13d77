package cn.wanhuo.hub.shared;

/** A backing service (MongoDB, Elasticsearch, Redis) did not answer; the request may be retried later. */
public final class ServiceUnavailable extends DomainException.Unavailable {

  public ServiceUnavailable(String service, Throwable cause) {
    super("service-unavailable", service, service + " is unavailable right now; please retry shortly.", cause);
  }
}
