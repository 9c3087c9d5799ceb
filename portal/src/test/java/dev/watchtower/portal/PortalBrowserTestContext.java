package dev.watchtower.portal;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@link PortalTestContext} with one headless Chromium per test class, started before its
 * first test on the portal's random port and closed after its last.
 */
public abstract class PortalBrowserTestContext extends PortalTestContext {

	/** The browser of the running test class. */
	protected static HeadlessChromium browser;

	@LocalServerPort
	private int port;

	@BeforeEach
	void startBrowser() {
		if (browser == null) {
			browser = HeadlessChromium.start(this.port);
		}
	}

	@AfterAll
	static void closeBrowser() throws IOException {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

}
