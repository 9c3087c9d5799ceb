package dev.watchtower.portal.notice;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A legal basis a notice may cite: an article of a regulation, with where we read it.
 *
 * @param id stable id in the catalogue, e.g. {@code NFRA-2024-24-A76}
 * @param source id of the regulation in the catalogue's sources
 * @param authorityZh the authority that issues notices on this basis
 * @param article the article, e.g. 第七十六条, or {@code null} when our copy lacks it
 * @param citationZh the citation as printed on the notice
 * @param citationEn the citation in English
 * @param quoteZh the supporting wording of the text
 * @param provenance where the wording was read
 * @param verified whether the article and its wording were read in the text itself
 */
public record LegalBasis(String id, String source, String authorityZh, @Nullable String article, String citationZh,
		String citationEn, String quoteZh, String provenance, boolean verified) {

	public LegalBasis {
		Objects.requireNonNull(id, "id must not be null");
		Objects.requireNonNull(citationZh, "citationZh must not be null");
		Objects.requireNonNull(authorityZh, "authorityZh must not be null");
	}

}
