package cn.wanhuo.hub.marketplace.catalog;

import java.time.Instant;

/**
 * An outbox entry: something the search index and the platform connectors must learn about. Written in the same
 * document update as the change itself, and removed by the worker that delivered it, so none is ever lost.
 */
public record ProductEvent(Type type, int revision, Instant at) {

  /** What happened to the published product. */
  public enum Type { PUBLISHED, CHANGED, DELISTED }
}
