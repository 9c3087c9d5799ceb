package dev.watchtower.portal.base;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the Elasticsearch 8.19 client from {@link ElasticsearchSettings}. Spring Boot's
 * own Elasticsearch auto-configuration targets the 9.x client and is not used. The client
 * only connects lazily; no index or template is created here.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

	@Bean
	RestClientTransport elasticsearchTransport(ElasticsearchSettings settings) {
		return ElasticsearchClients.transport(settings);
	}

	@Bean
	ElasticsearchClient elasticsearchClient(RestClientTransport elasticsearchTransport) {
		return ElasticsearchClients.client(elasticsearchTransport);
	}

}
