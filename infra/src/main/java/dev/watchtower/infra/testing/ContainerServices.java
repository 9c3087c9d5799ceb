package dev.watchtower.infra.testing;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import dev.watchtower.infra.ServiceEndpoints;
import dev.watchtower.infra.elasticsearch.IndexTemplates;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The extra path for machines with a Docker engine: Testcontainers' PostgreSQL 18 and
 * Elasticsearch 8.19.21 (security off), with the same index templates as the local
 * services.
 */
final class ContainerServices implements AutoCloseable {

	private final PostgreSQLContainer postgres;

	private final ElasticsearchContainer elasticsearch;

	private ContainerServices(PostgreSQLContainer postgres, ElasticsearchContainer elasticsearch) {
		this.postgres = postgres;
		this.elasticsearch = elasticsearch;
	}

	static ContainerServices start() throws IOException {
		PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:18").withDatabaseName("watchtower");
		ElasticsearchContainer elasticsearch = new ElasticsearchContainer(
				"docker.elastic.co/elasticsearch/elasticsearch:8.19.21")
			.withEnv("xpack.security.enabled", "false")
			.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
		postgres.start();
		elasticsearch.start();
		IndexTemplates.apply(URI.create("http://" + elasticsearch.getHttpHostAddress()), Optional.empty());
		return new ContainerServices(postgres, elasticsearch);
	}

	ServiceEndpoints endpoints() {
		return new ServiceEndpoints(this.postgres.getJdbcUrl(), this.postgres.getUsername(),
				this.postgres.getPassword(), "http://" + this.elasticsearch.getHttpHostAddress());
	}

	@Override
	public void close() {
		this.elasticsearch.stop();
		this.postgres.stop();
	}

}
