package dev.watchtower.portal.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CaseQueryTests {

	@Test
	void the_url_holds_the_whole_search_and_reads_back_the_same() {
		CaseQuery query = CaseQuery.text("数据泄露 phishing")
			.toggle(CaseFacet.LEVEL, "MAJOR")
			.toggle(CaseFacet.LEVEL, "LARGE")
			.toggle(CaseFacet.LATE, "true")
			.withPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"))
			.withSort(CaseSort.NEWEST)
			.withAfter("bDE.c2E");

		assertThat(CaseQuery.parse(query.toQueryString())).isEqualTo(query);
		assertThat(query.toQueryString()).startsWith("q=").contains("level=LARGE&level=MAJOR", "sort=newest");
	}

	@Test
	void toggling_a_value_twice_removes_it_and_changing_the_search_starts_at_page_one() {
		CaseQuery paged = CaseQuery.all().withAfter("cursor");

		CaseQuery toggled = paged.toggle(CaseFacet.SECTOR, "BANK").toggle(CaseFacet.SECTOR, "BANK");

		assertThat(toggled.filters()).isEmpty();
		assertThat(toggled.after()).isNull();
	}

	@Test
	void old_or_hand_edited_links_still_open() {
		CaseQuery query = CaseQuery.fromParameters(Map.of("sort", List.of("sideways"), "from", List.of("not-a-date"),
				"unknown", List.of("x"), "sector", List.of("BANK")));

		assertThat(query.sort()).isEqualTo(CaseSort.RELEVANCE);
		assertThat(query.from()).isNull();
		assertThat(query.selected(CaseFacet.SECTOR)).containsExactly("BANK");
	}

	@Test
	void limits_are_checked_with_a_message_naming_them() {
		assertThatIllegalArgumentException().isThrownBy(() -> CaseQuery.text("x".repeat(501)))
			.withMessageContaining("500");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CaseQuery.all().withPeriod(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-01")))
			.withMessageContaining("2026-02-01");
	}

	@Test
	void chinese_runs_and_quotes_become_phrases_and_the_rest_words() {
		CaseText.Parts parts = CaseText.parse("勒索软件 LockBit \"core banking\" CVE-2024-21762，数据泄露");

		assertThat(parts.phrases()).containsExactly("勒索软件", "core banking", "数据泄露");
		assertThat(parts.words()).isEqualTo("LockBit CVE-2024-21762");
	}

	@Test
	void contacts_and_identity_numbers_are_masked_wherever_they_appear() {
		assertThat(ContactMask.name("张三丰")).isEqualTo("张**");
		assertThat(ContactMask.name("张*")).isEqualTo("张*");
		assertThat(ContactMask.phone("138-1234-5678")).isEqualTo("138****5678");
		assertThat(ContactMask.phone("138****5678")).isEqualTo("138****5678");
		assertThat(ContactMask.text("请拨 13812345678 或 010-88889999，身份证 11010119900307123X"))
			.isEqualTo("请拨 138****5678 或 010-****9999，身份证 110101********123X");
	}

	@Test
	void csv_cells_are_quoted_and_formulas_defused() {
		assertThat(CaseExportService.csvCell("a,b")).isEqualTo("\"a,b\"");
		assertThat(CaseExportService.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CaseExportService.csvCell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
	}

	@Test
	void page_cursors_round_trip_and_foreign_ones_are_refused() {
		var values = List.of(co.elastic.clients.elasticsearch._types.FieldValue.of(1.5),
				co.elastic.clients.elasticsearch._types.FieldValue.of(1767225600000L),
				co.elastic.clients.elasticsearch._types.FieldValue.of("9111:INC-1"));

		assertThat(PageCursor.decode(PageCursor.encode(values)))
			.extracting(co.elastic.clients.elasticsearch._types.FieldValue::_get)
			.containsExactly(1.5, 1767225600000L, "9111:INC-1");
		assertThatIllegalArgumentException().isThrownBy(() -> PageCursor.decode("!!"));
	}

}
