package dev.watchtower.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Entry point of the Watchtower portal.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Watchtower portal")
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}
