package cn.wanhuo.hub.app.settings;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Under the {@code prod} profile every service comes from the environment; a missing variable stops start-up
 * with one message naming all of them, instead of a connection error to localhost minutes later.
 */
public class ProductionEnvironmentCheck implements EnvironmentPostProcessor {

  static final List<String> REQUIRED = List.of("MONGODB_URI", "ELASTICSEARCH_URIS", "REDIS_URL", "WANHUO_CONNECTORS_SECRET_KEY");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
      return;
    }
    List<String> missing = REQUIRED.stream().filter(name -> isBlank(environment.getProperty(name))).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("The prod profile needs these environment variables, which are not set: "
          + String.join(", ", missing) + ". See the configuration table in README.md.");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
