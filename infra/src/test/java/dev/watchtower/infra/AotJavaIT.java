package dev.watchtower.infra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code infra/bin/aot-java} (ADR 39) with the JDK running the tests: the first run of a
 * program records, a background JVM makes the cache, the next run starts from it; a run
 * that fails leaves nothing behind; a cache that could not be made is not tried again; a
 * making under way is left alone, one left by a killed JVM is not; standard output stays
 * the program's.
 */
@EnabledForJreRange(min = JRE.JAVA_25)
class AotJavaIT {

	private static final Path SCRIPT = Path.of(System.getProperty("user.dir")).resolve("bin/aot-java");

	@TempDir
	Path folder;

	@Test
	void the_first_run_records_and_the_next_one_starts_from_the_cache() throws Exception {
		// given: a cache of an earlier build of the same program, and another program's
		Path cache = this.folder.resolve("greeter-2222.aot");
		Files.writeString(this.folder.resolve("greeter-1111.aot"), "an earlier build's cache");
		Files.writeString(this.folder.resolve("other-1111.aot"), "another program's cache");

		// when
		Result first = run(cache, List.of(), "first");

		// then: the program's output only; the cache is made in the background
		assertThat(first.status()).as(first.errors()).isZero();
		assertThat(first.output()).isEqualTo("hello first\n");
		awaitOnly(cache, "greeter-2222.aot", "other-1111.aot");

		// when: the next run, logging what the JVM does with its cache
		Path log = this.folder.resolve("second.log");
		Result second = run(cache, List.of("-Xlog:aot=info:file=" + log), "second");

		// then
		assertThat(second.status()).as(second.errors()).isZero();
		assertThat(second.output()).isEqualTo("hello second\n");
		assertThat(Files.readString(log)).contains("Opened AOT cache " + cache);
	}

	@Test
	void a_run_that_fails_leaves_no_recording() throws Exception {
		Path cache = this.folder.resolve("greeter-2222.aot");

		Result failed = run(cache, List.of(), "fail");

		assertThat(failed.status()).isEqualTo(3);
		assertThat(failed.output()).isEmpty();
		Thread.sleep(1_000); // a background JVM would have started by now
		assertThat(files()).isEmpty();
	}

	@Test
	void a_cache_that_could_not_be_made_is_not_tried_again() throws Exception {
		Path cache = this.folder.resolve("greeter-2222.aot");
		Files.writeString(this.folder.resolve("greeter-2222.aot.failed"), "Error: the log of the making");

		Result run = run(cache, List.of(), "again");

		assertThat(run.status()).as(run.errors()).isZero();
		assertThat(run.output()).isEqualTo("hello again\n");
		Thread.sleep(1_000);
		assertThat(files()).containsExactly("greeter-2222.aot.failed");
	}

	@Test
	void a_making_under_way_is_left_alone_and_one_left_by_a_killed_jvm_is_not() throws Exception {
		Path cache = this.folder.resolve("greeter-2222.aot");
		Path config = this.folder.resolve("greeter-2222.aot.config");
		Files.writeString(config, "the recording another run is making the cache from");

		// when: a making started a minute ago
		Files.setLastModifiedTime(config, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));
		Result meanwhile = run(cache, List.of(), "meanwhile");

		// then: this run neither records nor touches it
		assertThat(meanwhile.status()).as(meanwhile.errors()).isZero();
		Thread.sleep(1_000);
		assertThat(files()).containsExactly("greeter-2222.aot.config");

		// when: one whose JVM was killed an hour ago
		Files.setLastModifiedTime(config, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
		Result later = run(cache, List.of(), "later");

		// then: this run records, and the cache is made
		assertThat(later.status()).as(later.errors()).isZero();
		assertThat(later.output()).isEqualTo("hello later\n");
		awaitOnly(cache, "greeter-2222.aot");
	}

	@Test
	void without_a_main_class_it_says_how_to_call_it() throws Exception {
		Result run = run(this.folder.resolve("greeter-2222.aot"), List.of(), null);

		assertThat(run.status()).isEqualTo(2);
		assertThat(run.errors()).contains("usage: aot-java CACHE JVM-OPTION... -- MAIN-CLASS");
	}

	private Result run(Path cache, List<String> options, String argument) throws Exception {
		List<String> command = new ArrayList<>(List.of(SCRIPT.toString(), cache.toString()));
		if (argument != null) {
			command.addAll(List.of("-cp", jar().toString()));
			command.addAll(options);
			command.addAll(List.of("--", Greeter.class.getName(), argument));
		}
		// standard error to a file (beside the jar, out of the cache's folder): read
		// after
		// standard output from a pipe, it could fill and stall the script
		Path errors = Files.createDirectories(this.folder.resolve("app")).resolve("errors.txt");
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
		// the JDK running the tests first on the PATH, as the launcher puts the one it
		// found
		builder.environment()
			.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));
		Process process = builder.start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		int status = process.waitFor();
		return new Result(status, new String(output, StandardCharsets.UTF_8), Files.readString(errors));
	}

	/**
	 * The program's classes as a jar: a JVM keeps classes from jars only in its cache.
	 */
	private Path jar() throws IOException {
		Path jar = this.folder.resolve("app").resolve("greeter.jar");
		if (Files.exists(jar)) {
			return jar;
		}
		Files.createDirectories(jar.getParent());
		String entry = Greeter.class.getName().replace('.', '/') + ".class";
		try (OutputStream file = Files.newOutputStream(jar);
				JarOutputStream out = new JarOutputStream(file);
				InputStream in = Greeter.class.getClassLoader().getResourceAsStream(entry)) {
			out.putNextEntry(new JarEntry(entry));
			in.transferTo(out);
			out.closeEntry();
		}
		return jar;
	}

	private void awaitOnly(Path cache, String... names) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline) && !(Files.exists(cache) && files().equals(List.of(names)))) {
			Thread.sleep(200);
		}
		assertThat(files()).containsExactly(names);
	}

	private List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.filter(Files::isRegularFile).map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	record Result(int status, String output, String errors) {
	}

	/** The program the tests run. */
	public static final class Greeter {

		private Greeter() {
		}

		public static void main(String[] args) {
			if (args[0].equals("fail")) {
				System.exit(3);
			}
			System.out.println("hello " + args[0]);
		}

	}

}
