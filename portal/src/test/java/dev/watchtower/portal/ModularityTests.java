package dev.watchtower.portal;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are Spring Modulith modules with clean boundaries; the module
 * diagrams are written to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void modules_respect_their_boundaries() {
		this.modules.verify();
	}

	@Test
	void writes_module_documentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
