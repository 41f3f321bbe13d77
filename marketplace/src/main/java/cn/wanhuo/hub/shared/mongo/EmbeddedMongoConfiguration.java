package cn.wanhuo.hub.shared.mongo;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded server before the driver connects: the driver only ever sees a {@code mongodb://} URI,
 * exactly as it does in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("wanhuo.mongo.embedded.enabled")
@EnableConfigurationProperties(EmbeddedMongoSettings.class)
class EmbeddedMongoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

  @Bean(destroyMethod = "shutdown")
  MongoServer embeddedMongoServer(EmbeddedMongoSettings settings) {
    var server = new MongoServer(backend(settings));
    try {
      server.bind(settings.host(), settings.port());
    } catch (RuntimeException e) {
      // A failed bind leaves a non-daemon boss thread behind that would keep the JVM alive.
      server.shutdownNow();
      throw new IllegalStateException("Embedded MongoDB could not listen on %s:%d (is the port taken?)"
          .formatted(settings.host(), settings.port()), e);
    }
    log.info("Embedded MongoDB ({} backend) listening on {}", settings.backend(), server.getLocalAddress());
    return server;
  }

  @Bean
  MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer, EmbeddedMongoSettings settings) {
    InetSocketAddress address = embeddedMongoServer.getLocalAddress();
    var uri = new ConnectionString("mongodb://%s:%d/%s".formatted(address.getHostString(), address.getPort(), settings.database()));
    return () -> uri;
  }

  private static MongoBackend backend(EmbeddedMongoSettings settings) {
    return switch (settings.backend()) {
      case MEMORY -> new NarrowingMemoryBackend();
      case H2 -> {
        createParentDirectories(settings);
        yield new H2Backend(settings.file().toString());
      }
    };
  }

  private static void createParentDirectories(EmbeddedMongoSettings settings) {
    var parent = settings.file().toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the MongoDB data directory " + parent, e);
    }
  }
}
