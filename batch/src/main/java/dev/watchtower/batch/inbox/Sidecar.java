package dev.watchtower.batch.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optional {@code <name>.meta.json} a portal or API submission puts beside its file.
 *
 * @param receiptId the submission's receipt id
 * @param submittedBy the user or token that submitted it
 * @param institutionCode the institution it was submitted for: records of other
 * institutions are rejected
 * @param submittedAt when it was submitted (ISO-8601 text)
 */
public record Sidecar(@Nullable String receiptId, @Nullable String submittedBy, @Nullable String institutionCode,
		@Nullable String submittedAt) {

	static final String SUFFIX = ".meta.json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	static Path of(Path file) {
		return file.resolveSibling(file.getFileName() + SUFFIX);
	}

	/**
	 * Reads the sidecar of a file, if there is one.
	 * @param file the filing file
	 * @return the sidecar
	 * @throws IOException when it exists but cannot be read or parsed
	 */
	static Optional<Sidecar> read(Path file) throws IOException {
		Path sidecar = of(file);
		if (!Files.isRegularFile(sidecar)) {
			return Optional.empty();
		}
		try {
			JsonNode tree = MAPPER.readTree(sidecar.toFile());
			return Optional.of(new Sidecar(text(tree, "receiptId"), text(tree, "submittedBy"),
					text(tree, "institutionCode"), text(tree, "submittedAt")));
		}
		catch (JacksonException ex) {
			throw new IOException("Sidecar " + sidecar + " is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	private static @Nullable String text(JsonNode tree, String field) {
		JsonNode node = tree.get(field);
		return (node == null || node.isNull()) ? null : node.asString();
	}

}
