package dev.watchtower.portal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the API (springdoc), served at {@code /api/v1/openapi.json}
 * with Swagger UI at {@code /api/v1/swagger-ui.html}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI watchtowerApi() {
		return new OpenAPI()
			.info(new Info().title("Watchtower API")
				.version("v1")
				.description("Filing submission for institutions; case and institution queries for supervisors. "
						+ "Every call needs Authorization: Bearer wt.<id>.<secret>."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("wt.<id>.<secret>")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
