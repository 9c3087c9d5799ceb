package dev.watchtower.portal.situation;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.cat.indices.IndicesRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Asks Elasticsearch for its health and the size of the Watchtower indices. Works on a
 * fresh cluster without any Watchtower index.
 */
@Component
class SearchClusterProbe {

	static final String WATCHTOWER_INDICES = "watchtower-*";

	private static final Logger logger = LoggerFactory.getLogger(SearchClusterProbe.class);

	private final ElasticsearchClient client;

	SearchClusterProbe(ElasticsearchClient client) {
		this.client = client;
	}

	SearchClusterState probe() {
		try {
			String health = this.client.cluster().health().status().jsonValue();
			long indices = 0;
			long documents = 0;
			for (IndicesRecord index : this.client.cat()
				.indices((request) -> request.index(WATCHTOWER_INDICES))
				.valueBody()) {
				indices++;
				documents += parseCount(index.docsCount());
			}
			return new SearchClusterState.Available(health, indices, documents);
		}
		catch (IOException | ElasticsearchException ex) {
			logger.warn("Elasticsearch cannot be asked for the overview: {}", ex.toString());
			return new SearchClusterState.Unavailable(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static long parseCount(@Nullable String count) {
		return (count == null || count.isBlank()) ? 0 : Long.parseLong(count);
	}

}
