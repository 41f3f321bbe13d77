package cn.wanhuo.hub.shared.mongo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MongoDB wire-protocol server used by {@code ./hub run} (H2 file backend) and by tests (memory
 * backend). Production leaves it disabled and points {@code spring.mongodb.uri} at a replica set.
 *
 * @param port 0 picks a free port (tests)
 */
@ConfigurationProperties("wanhuo.mongo.embedded")
public record EmbeddedMongoSettings(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("MEMORY") Backend backend,
    @DefaultValue("127.0.0.1") String host,
    @DefaultValue("0") int port,
    @DefaultValue("data/mongo/wanhuo.mv.db") Path file,
    @DefaultValue("wanhuo") String database) {

  /** Where the embedded server keeps its documents. */
  public enum Backend {
    /** Lost when the JVM exits: tests. */
    MEMORY,
    /** An H2 MVStore file that survives restarts: local runs. */
    H2
  }
}
