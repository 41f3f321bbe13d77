package cn.wanhuo.hub.app.settings;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionEnvironmentCheckTest {

  final ProductionEnvironmentCheck check = new ProductionEnvironmentCheck();

  @Test
  void namesEveryMissingVariableUnderTheProdProfile() {
    var environment = new MockEnvironment().withProperty("REDIS_URL", "redis://cache:6379");
    environment.setActiveProfiles("prod");
    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("MONGODB_URI").hasMessageContaining("ELASTICSEARCH_URIS").hasMessageNotContaining("REDIS_URL,")
        .hasMessageContaining("WANHUO_CONNECTORS_SECRET_KEY");
  }

  @Test
  void acceptsACompleteProductionEnvironment() {
    var environment = new MockEnvironment().withProperty("MONGODB_URI", "mongodb://a,b,c/wanhuo?replicaSet=rs0")
        .withProperty("ELASTICSEARCH_URIS", "https://es:9200").withProperty("REDIS_URL", "redis://cache:6379")
        .withProperty("WANHUO_CONNECTORS_SECRET_KEY", "c2VjcmV0LWtleS1mb3ItdGhlLXNob3AtY3JlZGVudGlhbHM=");
    environment.setActiveProfiles("prod");
    assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void leavesTheLocalProfileAlone() {
    assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication())).doesNotThrowAnyException();
  }
}
