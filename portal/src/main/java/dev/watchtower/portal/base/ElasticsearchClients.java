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

/**
 * Builds the Elasticsearch 8.19 client from {@link ElasticsearchSettings}: the portal's
 * bean and the search benchmark use the same client.
 */
public final class ElasticsearchClients {

	private ElasticsearchClients() {
	}

	/**
	 * The transport (close it to release the connections).
	 * @param settings where and how to connect
	 * @return the transport
	 */
	public static RestClientTransport transport(ElasticsearchSettings settings) {
		RestClientBuilder builder = RestClient.builder(HttpHost.create(settings.url().toString()))
			.setRequestConfigCallback(
					(request) -> request.setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
						.setSocketTimeout(Math.toIntExact(settings.socketTimeout().toMillis())));
		BasicCredentialsProvider credentials = new BasicCredentialsProvider();
		if (settings.hasCredentials()) {
			credentials.setCredentials(AuthScope.ANY,
					new UsernamePasswordCredentials(settings.username(), settings.password()));
		}
		builder.setHttpClientConfigCallback((client) -> {
			client.setMaxConnPerRoute(settings.maxConnections()).setMaxConnTotal(settings.maxConnections());
			return settings.hasCredentials() ? client.setDefaultCredentialsProvider(credentials) : client;
		});
		return new RestClientTransport(builder.build(), new Jackson3JsonpMapper());
	}

	/**
	 * The client on a transport.
	 * @param transport from {@link #transport(ElasticsearchSettings)}
	 * @return the client
	 */
	public static ElasticsearchClient client(RestClientTransport transport) {
		return new ElasticsearchClient(transport);
	}

}
