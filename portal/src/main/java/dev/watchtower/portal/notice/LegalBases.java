package dev.watchtower.portal.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The versioned catalogue of notice types and the legal bases each may cite, read from
 * {@code notices/legal-bases.json} (sources, provenance and known gaps are in the file).
 */
@Component
public class LegalBases {

	static final String RESOURCE = "notices/legal-bases.json";

	private final Catalogue catalogue;

	private final Map<NoticeType, Kind> kinds = new EnumMap<>(NoticeType.class);

	LegalBases(JsonMapper json) {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			this.catalogue = json.readValue(in, Catalogue.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the legal-basis catalogue " + RESOURCE, ex);
		}
		this.catalogue.types().forEach((kind) -> this.kinds.put(kind.type(), kind));
		for (NoticeType type : NoticeType.values()) {
			Kind kind = this.kinds.get(type);
			if (kind == null || kind.bases().isEmpty()) {
				throw new IllegalStateException("%s lists no legal basis for notice type %s".formatted(RESOURCE, type));
			}
		}
	}

	/**
	 * The catalogue's version, stored with every notice.
	 * @return the version
	 */
	public String version() {
		return this.catalogue.version();
	}

	/**
	 * A notice type's names and bases.
	 * @param type the type
	 * @return its catalogue entry
	 */
	public Kind kind(NoticeType type) {
		return this.kinds.get(type);
	}

	/**
	 * A basis the type may cite.
	 * @param type the type
	 * @param basisId the basis's id
	 * @return the basis, or empty when the type may not cite it
	 */
	public Optional<LegalBasis> basis(NoticeType type, String basisId) {
		return kind(type).bases().stream().filter((basis) -> basis.id().equals(basisId)).findFirst();
	}

	/**
	 * What the catalogue says it could not source.
	 * @return the gaps per regime
	 */
	public List<Gap> gaps() {
		return this.catalogue.gaps();
	}

	/**
	 * The catalogue file.
	 *
	 * @param version its version
	 * @param description what it is
	 * @param sources the regulations cited
	 * @param gaps what could not be sourced
	 * @param types the notice types
	 */
	record Catalogue(String version, String description, List<Source> sources, List<Gap> gaps, List<Kind> types) {
	}

	/**
	 * A regulation the catalogue cites.
	 *
	 * @param id its id
	 * @param regime PBOC, NFRA, CSRC or CAC
	 * @param titleZh its Chinese title
	 * @param titleEn its English title
	 * @param copy which copy of the text we read
	 */
	record Source(String id, String regime, String titleZh, String titleEn, String copy) {
	}

	/**
	 * Something the texts we hold do not support.
	 *
	 * @param regime the regime
	 * @param noteZh the note in Chinese
	 * @param noteEn the note in English
	 */
	public record Gap(String regime, String noteZh, String noteEn) {
	}

	/**
	 * A notice type with its names and bases.
	 *
	 * @param type the type
	 * @param nameZh its Chinese name, which also heads its numbers
	 * @param nameEn its English name
	 * @param bases the bases it may cite
	 */
	public record Kind(NoticeType type, String nameZh, String nameEn, List<LegalBasis> bases) {
	}

}
