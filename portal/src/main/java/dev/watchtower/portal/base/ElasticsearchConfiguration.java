package dev.watchtower.portal.base;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

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
		RestClientBuilder builder = RestClient.builder(HttpHost.create(settings.url().toString()))
			.setRequestConfigCallback(
					(request) -> request.setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
						.setSocketTimeout(Math.toIntExact(settings.socketTimeout().toMillis())));
		if (settings.hasCredentials()) {
			BasicCredentialsProvider credentials = new BasicCredentialsProvider();
			credentials.setCredentials(AuthScope.ANY,
					new UsernamePasswordCredentials(settings.username(), settings.password()));
			builder.setHttpClientConfigCallback((client) -> client.setDefaultCredentialsProvider(credentials));
		}
		return new RestClientTransport(builder.build(), new Jackson3JsonpMapper());
	}

	@Bean
	ElasticsearchClient elasticsearchClient(RestClientTransport elasticsearchTransport) {
		return new ElasticsearchClient(elasticsearchTransport);
	}

}
