package dev.watchtower.analytics.serving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.watchtower.infra.elasticsearch.IndexTemplates;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A connection to the cluster through the 8.19 Java client (ADR 4), and the idempotent
 * bootstrap of the serving indexes: templates applied (with the configured text
 * analyzer), the versioned index created behind its alias when missing, and mapping
 * fields added since the index was created put on it (templates change additively).
 */
final class Elasticsearch implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Elasticsearch.class);

	private final RestClient rest;

	private final ElasticsearchClient client;

	private final ServingSettings settings;

	Elasticsearch(ServingSettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings");
		Header[] headers = settings.credentials()
			.map((credentials) -> new Header[] { new BasicHeader("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))) })
			.orElse(new Header[0]);
		this.rest = RestClient.builder(HttpHost.create(settings.url().toString())).setDefaultHeaders(headers).build();
		this.client = new ElasticsearchClient(new RestClientTransport(this.rest, new Jackson3JsonpMapper()));
	}

	ElasticsearchClient client() {
		return this.client;
	}

	/**
	 * Makes the serving indexes ready to be written through their aliases.
	 * @param indexes the indexes
	 */
	void bootstrap(List<ServingIndex> indexes) {
		try {
			IndexTemplates.apply(this.settings.url(), this.settings.credentials(), this.settings.textAnalyzer());
			JsonMapper json = JsonMapper.builder().build();
			for (ServingIndex index : indexes) {
				if (!this.client.indices().exists((e) -> e.index(index.index())).value()) {
					this.client.indices().create((c) -> c.index(index.index()));
					logger.info("Created index {} behind alias {}", index.index(), index.alias());
					continue;
				}
				JsonNode mappings = IndexTemplates.load(this.settings.textAnalyzer())
					.stream()
					.filter((template) -> template.name().equals(index.template()))
					.findFirst()
					.map((template) -> json.readTree(template.json()).path("template").path("mappings"))
					.orElseThrow(() -> new IllegalStateException("No index template " + index.template()));
				requireGeneration(json, index, mappings.path("_meta").path("generation").asInt(0));
				Request put = new Request("PUT", "/" + index.index() + "/_mapping");
				put.setJsonEntity(json.writeValueAsString(mappings));
				try {
					this.rest.performRequest(put);
				}
				catch (ResponseException ex) {
					if (ex.getResponse().getStatusLine().getStatusCode() != 400) {
						throw ex;
					}
					throw new IllegalStateException(("The index %s was created from an older mapping than the "
							+ "template %s now declares, and Elasticsearch cannot change it in place (%s). ")
						.formatted(index.index(), index.template(), reason(json, ex)) + rebuild(index), ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the serving indexes at " + this.settings.url(), ex);
		}
	}

	/**
	 * Fails when an index holds documents of another shape than its template now makes
	 * ({@code mappings._meta.generation}, e.g. a field the documents must be re-sent to
	 * fill). Elasticsearch would accept such a mapping change and leave every existing
	 * document without the new field.
	 */
	private void requireGeneration(JsonMapper json, ServingIndex index, int generation) throws IOException {
		if (generation == 0) {
			return;
		}
		Response response = this.rest.performRequest(new Request("GET", "/" + index.index() + "/_mapping"));
		int existing = json.readTree(response.getEntity().getContent())
			.path(index.index())
			.path("mappings")
			.path("_meta")
			.path("generation")
			.asInt(0);
		if (existing != generation) {
			throw new IllegalStateException(("The index %s was created from an older mapping than the template %s "
					+ "now declares (document generation %d, the template makes generation %d), and its documents "
					+ "must be sent again. ")
				.formatted(index.index(), index.template(), existing, generation) + rebuild(index));
		}
	}

	/** What to do about an index that must be rebuilt. */
	private static String rebuild(ServingIndex index) {
		return ("Delete the index (DELETE /%s) and run './watchtower analytics run index --full' to rebuild it "
				+ "from the lake.")
			.formatted(index.index());
	}

	/** Elasticsearch's own reason ({@code error.reason} of the response body). */
	private static String reason(JsonMapper json, ResponseException ex) throws IOException {
		return json.readTree(ex.getResponse().getEntity().getContent())
			.path("error")
			.path("reason")
			.asString(ex.getMessage());
	}

	/**
	 * The number of documents an index holds (after a refresh).
	 * @param index the index
	 * @return the count
	 */
	long count(ServingIndex index) {
		try {
			this.client.indices().refresh((r) -> r.index(index.alias()));
			return this.client.count((c) -> c.index(index.alias())).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot count the documents of " + index.alias(), ex);
		}
	}

	RestClient rest() {
		return this.rest;
	}

	@Override
	public void close() {
		try {
			this.rest.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot close the Elasticsearch client", ex);
		}
	}

}
