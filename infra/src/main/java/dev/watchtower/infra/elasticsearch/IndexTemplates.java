package dev.watchtower.infra.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versioned index templates kept as JSON under {@code infra/elasticsearch/} (packaged
 * at {@code dev/watchtower/infra/elasticsearch/}): one file per template, named after it.
 * Applying them is idempotent, so every start (local, test or production bootstrap) may
 * do it.
 */
public final class IndexTemplates {

	static final String RESOURCE_FOLDER = "dev/watchtower/infra/elasticsearch";

	/** Environment variable naming the analyzer type of {@code watchtower_text}. */
	public static final String TEXT_ANALYZER_ENV = "WATCHTOWER_ES_TEXT_ANALYZER";

	/** System property naming it (wins over the environment). */
	public static final String TEXT_ANALYZER_PROPERTY = "watchtower.elasticsearch.text-analyzer";

	/**
	 * The analyzer type of {@code watchtower_text} when none is configured: the only one
	 * of the Maven Central distribution that handles Chinese (single characters, found by
	 * phrase queries). Where the cluster has them, {@code cjk} (bigrams, analysis-common)
	 * or {@code smartcn} (words, the analysis-smartcn plugin) are better.
	 */
	public static final String DEFAULT_TEXT_ANALYZER = "standard";

	private static final Pattern ANALYZER_NAME = Pattern.compile("[a-z][a-z0-9_]*");

	private static final Pattern TEXT_ANALYZER = Pattern
		.compile("(\"watchtower_text\"\\s*:\\s*\\{\\s*\"type\"\\s*:\\s*\")[^\"]*(\")");

	private static final Logger logger = LoggerFactory.getLogger(IndexTemplates.class);

	private IndexTemplates() {
	}

	/**
	 * The templates on the class path, by name.
	 * @return template name and JSON body pairs, sorted by name
	 * @throws IOException when the resources cannot be read
	 */
	public static List<Template> load() throws IOException {
		URL folder = IndexTemplates.class.getClassLoader().getResource(RESOURCE_FOLDER);
		if (folder == null) {
			throw new IOException("No index templates on the class path at " + RESOURCE_FOLDER);
		}
		try {
			URI uri = folder.toURI();
			if ("jar".equals(uri.getScheme())) {
				try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
					return read(jar.getPath(RESOURCE_FOLDER));
				}
			}
			return read(Path.of(uri));
		}
		catch (URISyntaxException ex) {
			throw new IOException("Bad index template location " + folder, ex);
		}
	}

	/**
	 * The analyzer type configured for {@code watchtower_text}: the system property
	 * {@value #TEXT_ANALYZER_PROPERTY}, else the environment variable
	 * {@value #TEXT_ANALYZER_ENV}, else {@value #DEFAULT_TEXT_ANALYZER}.
	 * @return the analyzer type
	 */
	public static String textAnalyzer() {
		String configured = System.getProperty(TEXT_ANALYZER_PROPERTY);
		if (configured == null || configured.isBlank()) {
			configured = System.getenv(TEXT_ANALYZER_ENV);
		}
		return (configured == null || configured.isBlank()) ? DEFAULT_TEXT_ANALYZER : configured.trim();
	}

	/**
	 * The templates with the analyzer type of {@code watchtower_text} set.
	 * @param textAnalyzer e.g. {@code standard}, {@code cjk}, {@code smartcn}
	 * @return the templates
	 * @throws IOException when the resources cannot be read
	 */
	public static List<Template> load(String textAnalyzer) throws IOException {
		List<Template> templates = new ArrayList<>();
		for (Template template : load()) {
			templates.add(new Template(template.name(), withTextAnalyzer(template.json(), textAnalyzer)));
		}
		return templates;
	}

	/**
	 * A template body with the analyzer type of {@code watchtower_text} replaced (bodies
	 * without that analyzer are returned unchanged).
	 * @param json the template body
	 * @param textAnalyzer the analyzer type
	 * @return the body
	 */
	public static String withTextAnalyzer(String json, String textAnalyzer) {
		if (!ANALYZER_NAME.matcher(textAnalyzer).matches()) {
			throw new IllegalArgumentException("Not an analyzer type: '" + textAnalyzer
					+ "' (expected lower-case letters, digits and _, e.g. standard, cjk, smartcn)");
		}
		return TEXT_ANALYZER.matcher(json).replaceAll("$1" + textAnalyzer + "$2");
	}

	/**
	 * Puts every template into the cluster, with the configured text analyzer
	 * ({@link #textAnalyzer()}).
	 * @param elasticsearch the cluster URL
	 * @param credentials {@code user:password} for basic authentication, if the cluster
	 * needs it
	 * @return the names of the templates applied
	 * @throws IOException when the cluster refuses a template
	 */
	public static List<String> apply(URI elasticsearch, Optional<String> credentials) throws IOException {
		return apply(elasticsearch, credentials, textAnalyzer());
	}

	/**
	 * Puts every template into the cluster.
	 * @param elasticsearch the cluster URL
	 * @param credentials {@code user:password} for basic authentication, if the cluster
	 * needs it
	 * @param textAnalyzer the analyzer type of {@code watchtower_text}
	 * @return the names of the templates applied
	 * @throws IOException when the cluster refuses a template
	 */
	public static List<String> apply(URI elasticsearch, Optional<String> credentials, String textAnalyzer)
			throws IOException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<String> applied = new ArrayList<>();
		for (Template template : load(textAnalyzer)) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(elasticsearch.resolve("/_index_template/" + template.name()))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(template.json()));
			credentials.ifPresent((userAndPassword) -> request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8))));
			try {
				HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IOException("Elasticsearch refused index template %s: HTTP %d %s"
						.formatted(template.name(), response.statusCode(), response.body()));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while applying index template " + template.name(), ex);
			}
			applied.add(template.name());
		}
		logger.info("Applied index templates {} to {} (text analyzer {})", applied, elasticsearch, textAnalyzer);
		return applied;
	}

	private static List<Template> read(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Template> templates = new ArrayList<>();
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
				String fileName = file.getFileName().toString();
				templates.add(new Template(fileName.substring(0, fileName.length() - ".json".length()),
						Files.readString(file, StandardCharsets.UTF_8)));
			}
			return templates;
		}
	}

	/**
	 * One index template.
	 *
	 * @param name the template name (the file name without {@code .json})
	 * @param json the template body
	 */
	public record Template(String name, String json) {
	}

}
