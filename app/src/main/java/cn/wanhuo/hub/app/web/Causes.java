package cn.wanhuo.hub.app.web;

import java.util.Optional;

/** Walks a cause chain. */
final class Causes {

  private Causes() {}

  static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
