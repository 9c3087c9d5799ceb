package dev.watchtower.portal.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the case search.
 *
 * @param pageSize hits per page in the search view
 * @param exportMaxRows most rows one export writes (the file says when it was cut)
 * @param exportBatch rows fetched per Elasticsearch request while exporting
 */
@Validated
@ConfigurationProperties("watchtower.portal.cases")
public record CaseSettings(@DefaultValue("50") @Min(1) @Max(CaseSearchService.MAX_PAGE_SIZE) int pageSize,
		@DefaultValue("100000") @Min(1) @Max(1_000_000) int exportMaxRows,
		@DefaultValue("1000") @Min(10) @Max(10_000) int exportBatch) {

}
