package dev.watchtower.portal.alert;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reads what changed in the serving layer since a time: cases by {@code updatedAt} and
 * bulletins by {@code asOf} (the fields of {@code infra/elasticsearch/*.json}), oldest
 * first. An index that does not exist yet (no analytics run) reads as empty.
 */
@Component
class ServingLayerEvents {

	private static final Logger logger = LoggerFactory.getLogger(ServingLayerEvents.class);

	private final ElasticsearchClient client;

	private final AlertSettings settings;

	ServingLayerEvents(ElasticsearchClient client, AlertSettings settings) {
		this.client = client;
		this.settings = settings;
	}

	List<CaseChange> cases(Instant since) throws IOException {
		return read(this.settings.casesIndex(), "updatedAt", since, CaseChange.class);
	}

	List<BulletinChange> bulletins(Instant since) throws IOException {
		return read(this.settings.bulletinsIndex(), "asOf", since, BulletinChange.class);
	}

	private <T> List<T> read(String index, String field, Instant since, Class<T> type) throws IOException {
		try {
			return this.client
				.search((search) -> search.index(index)
					.ignoreUnavailable(true)
					.allowNoIndices(true)
					.size(this.settings.batchSize())
					.query((query) -> query
						.range((range) -> range.date((date) -> date.field(field).gte(since.toString()))))
					.sort((sort) -> sort.field((f) -> f.field(field).order(SortOrder.Asc))), type)
				.hits()
				.hits()
				.stream()
				.map(Hit::source)
				.filter(java.util.Objects::nonNull)
				.toList();
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				logger.debug("Index {} does not exist yet: no alerts from it", index);
				return List.of();
			}
			throw ex;
		}
	}

	/**
	 * The fields of a case document alerts look at.
	 *
	 * @param caseId the case, {@code <institutionCode>:<incidentId>}
	 * @param institutionName the institution
	 * @param title the incident's title
	 * @param computedLevel the level the rulebook computed
	 * @param late whether a filing was late
	 * @param updatedAt when the document last changed
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record CaseChange(String caseId, @Nullable String institutionName, @Nullable String title,
			@Nullable String computedLevel, @Nullable Boolean late, @Nullable String updatedAt) {
	}

	/**
	 * The fields of a bulletin document alerts look at.
	 *
	 * @param bulletinId the bulletin
	 * @param title its title
	 * @param level its level
	 * @param asOf the day it is as of
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record BulletinChange(String bulletinId, @Nullable String title, @Nullable String level, @Nullable String asOf) {
	}

}
