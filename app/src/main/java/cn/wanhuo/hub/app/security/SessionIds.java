package cn.wanhuo.hub.app.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.config.ReactiveSessionRepositoryCustomizer;
import org.springframework.session.data.redis.ReactiveRedisSessionRepository;

/**
 * Session ids are bearer secrets, so they come from a CSPRNG; but the default generator
 * ({@code UUID.randomUUID()}) reads the OS entropy source on the event loop at every login. A DRBG seeded once at
 * start-up then produces ids by computation alone, with 256 bits each.
 */
@Configuration(proxyBeanMethods = false)
class SessionIds {

  @Bean
  ReactiveSessionRepositoryCustomizer<ReactiveRedisSessionRepository> seededSessionIds() {
    SessionIdGenerator generator = new DrbgSessionIds(drbg());
    return repository -> repository.setSessionIdGenerator(generator);
  }

  private static SecureRandom drbg() {
    try {
      var random = SecureRandom.getInstance("DRBG");
      random.nextBytes(new byte[1]);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JDK lacks the DRBG SecureRandom", e);
    }
  }

  private record DrbgSessionIds(SecureRandom random) implements SessionIdGenerator {
    @Override
    public String generate() {
      byte[] id = new byte[32];
      random.nextBytes(id);
      return HexFormat.of().formatHex(id);
    }
  }
}
