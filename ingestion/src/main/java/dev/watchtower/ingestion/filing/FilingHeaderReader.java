package dev.watchtower.ingestion.filing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.watchtower.ingestion.institution.Institution;
import dev.watchtower.ingestion.institution.Province;
import dev.watchtower.ingestion.institution.Provinces;
import dev.watchtower.ingestion.institution.Sector;
import dev.watchtower.ingestion.institution.UnifiedSocialCreditCode;
import dev.watchtower.ingestion.validation.Findings;
import dev.watchtower.ingestion.validation.Rule;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks and reads the header fields every filing kind shares: the institution code (GB
 * 32100 check digit) and province (GB/T 2260), and builds the {@link FilingHeader}.
 */
public final class FilingHeaderReader {

	private FilingHeaderReader() {
	}

	/**
	 * Records findings for the institution code and province.
	 * @param tree the filing
	 * @param findings where findings go
	 */
	public static void check(FilingTree tree, Findings findings) {
		String code = tree.text("institution.code");
		if (code != null && !findings.touches("institution.code")) {
			UnifiedSocialCreditCode.problem(code).ifPresent((problem) -> {
				switch (problem) {
					case FORMAT -> findings.add(Rule.USCC_FORMAT, "institution.code", code);
					case CHECK_DIGIT -> findings.add(Rule.USCC_CHECK_DIGIT, "institution.code", code,
							UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17)));
				}
			});
		}
		checkProvince(tree, "institution.province", findings);
	}

	/**
	 * Records a finding when a province field holds an unknown code.
	 * @param tree the filing
	 * @param path dotted path of the field
	 * @param findings where findings go
	 */
	public static void checkProvince(FilingTree tree, String path, Findings findings) {
		String code = tree.text(path);
		if (code != null && !findings.touches(path) && !Provinces.gbt2260().contains(code)) {
			findings.add(Rule.PROVINCE_UNKNOWN, path, code);
		}
	}

	/**
	 * Records findings for every unknown province code in a list field.
	 * @param tree the filing
	 * @param path dotted path of the list
	 * @param findings where findings go
	 */
	public static void checkProvinces(FilingTree tree, String path, Findings findings) {
		List<JsonNode> items = tree.items(path);
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			String itemPath = path + "[" + i + "]";
			if (item.isString() && !findings.touches(itemPath) && !Provinces.gbt2260().contains(item.stringValue())) {
				findings.add(Rule.PROVINCE_UNKNOWN, itemPath, item.stringValue());
			}
		}
	}

	/**
	 * Builds the header of a filing that passed all checks.
	 * @param tree the filing
	 * @return the header
	 */
	public static FilingHeader read(FilingTree tree) {
		Optional<Province> province = Provinces.gbt2260()
			.byCode(required(tree.text("institution.province"), "province"));
		Institution institution = new Institution(
				new UnifiedSocialCreditCode(required(tree.text("institution.code"), "institution.code")),
				required(tree.text("institution.name"), "institution.name"),
				required(tree.enumValue("institution.sector", Sector.class), "institution.sector"),
				province.orElseThrow(() -> new IllegalArgumentException("unknown province")));
		Long version = tree.whole("version");
		return new FilingHeader(required(tree.text("filingId"), "filingId"), (version != null) ? version.intValue() : 1,
				institution, required(tree.time("reportedAt"), "reportedAt"));
	}

	/**
	 * A field the schema has already required.
	 * @param <T> the value type
	 * @param value the value read
	 * @param path its path, for the message
	 * @return the value
	 */
	public static <T> T required(@Nullable T value, String path) {
		return Objects.requireNonNull(value, () -> "required field " + path + " is missing after validation");
	}

	/**
	 * Reads a required date-time.
	 * @param tree the filing
	 * @param path dotted path
	 * @return the time
	 */
	public static OffsetDateTime time(FilingTree tree, String path) {
		return required(tree.time(path), path);
	}

}
