package dev.watchtower.portal.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The inbox contract on a real folder: what the intake may see, and what is left when a
 * drop fails.
 */
class InboxDropTests {

	private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

	@TempDir
	Path data;

	private InboxDrop drop(long maxBytes) {
		return new InboxDrop(
				new IntakeSettings(this.data.resolve("inbox"), this.data.resolve("intake"), "batch", maxBytes),
				JsonMapper.builder().build(), Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
	}

	private static Map<String, @Nullable Object> sidecar() {
		Map<String, @Nullable Object> sidecar = new LinkedHashMap<>();
		sidecar.put("receiptId", "r-1");
		sidecar.put("submittedBy", "analyst");
		sidecar.put("institutionCode", null);
		return sidecar;
	}

	@Test
	void a_drop_leaves_the_file_and_its_sidecar_and_nothing_partial() throws IOException {
		byte[] content = "{\"a\":1}\n".getBytes(StandardCharsets.UTF_8);
		List<InboxDrop.Dropped> recorded = new java.util.ArrayList<>();

		InboxDrop.Dropped dropped = drop(100).drop("ui", "f.ndjson", new ByteArrayInputStream(content), sidecar(), NOW,
				(file) -> {
					// recorded before the file is visible to the intake
					assertThat(this.data.resolve("inbox/ui/f.ndjson")).doesNotExist();
					recorded.add(file);
				});

		assertThat(recorded).containsExactly(dropped);
		assertThat(dropped.file()).isEqualTo("ui/f.ndjson");
		assertThat(dropped.bytes()).isEqualTo(content.length);
		assertThat(dropped.sha256()).hasSize(64);
		assertThat(this.data.resolve("inbox/ui/f.ndjson")).hasBinaryContent(content);
		assertThat(Files.readString(this.data.resolve("inbox/ui/f.ndjson.meta.json"))).contains("\"receiptId\":\"r-1\"")
			.contains("\"submittedAt\":\"2026-11-26T10:00+08:00\"");
		assertThat(files()).containsExactlyInAnyOrder("ui/f.ndjson", "ui/f.ndjson.meta.json");
	}

	@Test
	void a_file_over_the_limit_leaves_nothing_in_the_inbox() throws IOException {
		InboxDrop drop = drop(10);

		assertThatExceptionOfType(InboxDrop.TooLarge.class).isThrownBy(
				() -> drop.drop("api", "big.json", new ByteArrayInputStream(new byte[11]), sidecar(), NOW, (file) -> {
				}));
		assertThat(files()).isEmpty();
	}

	@Test
	void an_empty_file_leaves_nothing_in_the_inbox() throws IOException {
		assertThatExceptionOfType(InboxDrop.EmptyFile.class).isThrownBy(() -> drop(10).drop("api", "empty.json",
				new ByteArrayInputStream(new byte[0]), sidecar(), NOW, (file) -> {
				}));
		assertThat(files()).isEmpty();
	}

	@Test
	void a_failure_to_record_leaves_nothing_in_the_inbox() throws IOException {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> drop(100).drop("api", "f.csv",
				new ByteArrayInputStream(new byte[] { 'x' }), sidecar(), NOW, (file) -> {
					throw new IllegalStateException("database down");
				}));
		assertThat(files()).isEmpty();
	}

	private List<String> files() throws IOException {
		Path inbox = this.data.resolve("inbox");
		if (!Files.exists(inbox)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(inbox)) {
			return walk.filter(Files::isRegularFile).map((file) -> inbox.relativize(file).toString()).toList();
		}
	}

}
