package cn.wanhuo.hub.shared.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Boot builds only the blocking client; the async one shares its transport so nothing blocks an event loop. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchClientConfiguration {

  @Bean
  ElasticsearchAsyncClient elasticsearchAsyncClient(ElasticsearchTransport transport) {
    return new ElasticsearchAsyncClient(transport);
  }
}
