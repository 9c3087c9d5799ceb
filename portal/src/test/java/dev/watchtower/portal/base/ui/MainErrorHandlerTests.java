package dev.watchtower.portal.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@ViewPackages(packages = "dev.watchtower.portal.base.ui")
@ContextConfiguration(classes = MainErrorHandlerTests.FrameConfiguration.class)
class MainErrorHandlerTests extends SpringBrowserlessTest {

	@Autowired
	private MainErrorHandler errorHandler;

	@Test
	void shows_a_generic_message_with_a_correlation_id_and_no_details() {
		this.errorHandler.error(new ErrorEvent(new IllegalStateException("secret detail: password=hunter2")));
		roundTrip();

		Notification notification = find(Notification.class).single();
		String text = notification.getElement().getProperty("text", "");
		assertThat(text).matches(".*[0-9a-f]{8}.*").doesNotContain("secret", "hunter2", "IllegalStateException");
	}

	@Test
	void correlation_ids_are_short_and_distinct() {
		assertThat(MainErrorHandler.newCorrelationId()).hasSize(8).isNotEqualTo(MainErrorHandler.newCorrelationId());
	}

	@Configuration(proxyBeanMethods = false)
	@ComponentScan(basePackageClasses = MainErrorHandler.class)
	static class FrameConfiguration {

	}

}
