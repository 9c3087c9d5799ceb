package dev.watchtower.portal.base;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Elasticsearch indexes (aliases) of the serving layer the portal reads; their
 * mappings are the templates in {@code infra/elasticsearch/}, written by analytics.
 *
 * @param cases one document per incident case
 * @param bulletins risk bulletins
 * @param posture precomputed posture aggregates
 * @param institutions one document per institution: profile, score, annual reports
 */
@Validated
@ConfigurationProperties("watchtower.portal.indexes")
public record ServingIndexes(@NotBlank @DefaultValue("watchtower-cases") String cases,
		@NotBlank @DefaultValue("watchtower-bulletins") String bulletins,
		@NotBlank @DefaultValue("watchtower-posture") String posture,
		@NotBlank @DefaultValue("watchtower-institutions") String institutions) {

}
