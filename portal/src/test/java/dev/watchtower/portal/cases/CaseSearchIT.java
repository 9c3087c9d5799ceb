package dev.watchtower.portal.cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.portal.PortalITSupport;
import dev.watchtower.portal.fixtures.PortalFixtures;
import dev.watchtower.portal.security.RegimeScope;
import dev.watchtower.portal.security.Role;
import dev.watchtower.portal.security.Viewer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static dev.watchtower.portal.fixtures.PortalFixtures.DDOS_PAYMENT;
import static dev.watchtower.portal.fixtures.PortalFixtures.FORTINET_CAC;
import static dev.watchtower.portal.fixtures.PortalFixtures.LEAK_INSURANCE;
import static dev.watchtower.portal.fixtures.PortalFixtures.LEAK_SECURITIES;
import static dev.watchtower.portal.fixtures.PortalFixtures.RANSOMWARE;
import static dev.watchtower.portal.fixtures.PortalFixtures.RANSOMWARE_EARLIER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case search, detail, export and saved searches against a real Elasticsearch index
 * created from the cases template and loaded with {@link PortalFixtures}.
 */
@RecordApplicationEvents
class CaseSearchIT extends PortalITSupport {

	private static final Viewer INSPECTOR = new Viewer("inspector", Set.of(Role.INSPECTOR), RegimeScope.everything(),
			null);

	private static final Viewer PBOC_ONLY = new Viewer("pboc-regulator", Set.of(Role.REGULATOR),
			RegimeScope.of(Regime.PBOC), null);

	private static final int ALL = PortalFixtures.allCases().size();

	@Autowired
	private CaseSearchService search;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CaseDetailService details;

	@Autowired
	private CaseExportService export;

	@Autowired
	private SavedSearches saved;

	@Autowired
	private ApplicationEvents events;

	@Test
	void a_chinese_word_matches_as_a_phrase_not_as_scattered_characters() {
		CaseSearchResult result = this.search.search(CaseQuery.text("数据泄露"), INSPECTOR, 50);

		assertThat(ids(result)).containsExactlyInAnyOrder(LEAK_SECURITIES.caseId(), LEAK_INSURANCE.caseId());
		assertThat(result.hits())
			.allSatisfy((hit) -> assertThat(hit.titleHighlight() + " " + hit.snippet()).contains("<mark>数据泄露</mark>"));
	}

	@Test
	void an_english_word_finds_the_narrative_that_uses_it() {
		CaseSearchResult result = this.search.search(CaseQuery.text("ransomware"), INSPECTOR, 50);

		assertThat(ids(result)).containsExactly(RANSOMWARE.caseId());
		assertThat(result.hits().get(0).snippet()).contains("<mark>ransomware</mark>");
	}

	@Test
	void chinese_and_english_parts_must_all_match() {
		assertThat(ids(this.search.search(CaseQuery.text("勒索"), INSPECTOR, 50)))
			.containsExactlyInAnyOrder(RANSOMWARE.caseId(), RANSOMWARE_EARLIER.caseId());
		assertThat(ids(this.search.search(CaseQuery.text("勒索 ransomware"), INSPECTOR, 50)))
			.containsExactly(RANSOMWARE.caseId());
		assertThat(ids(this.search.search(CaseQuery.text("示范证券"), INSPECTOR, 50)))
			.containsExactly(LEAK_SECURITIES.caseId());
	}

	@Test
	void a_facet_selection_narrows_the_hits_but_not_its_own_counts() {
		CaseSearchResult everything = this.search.search(CaseQuery.all(), INSPECTOR, 50);
		CaseSearchResult major = this.search.search(CaseQuery.all().toggle(CaseFacet.LEVEL, "MAJOR"), INSPECTOR, 50);

		assertThat(everything.total()).isEqualTo(ALL);
		long majorCount = count(everything, CaseFacet.LEVEL, "MAJOR");
		assertThat(major.total()).isEqualTo(majorCount).isLessThan(ALL);
		assertThat(major.hits()).allSatisfy((hit) -> assertThat(hit.computedLevel()).isEqualTo("MAJOR"));
		assertThat(major.counts(CaseFacet.LEVEL)).isEqualTo(everything.counts(CaseFacet.LEVEL)
			.stream()
			.map((c) -> new FacetCount(c.value(), c.count(), c.value().equals("MAJOR")))
			.toList());
		assertThat(major.counts(CaseFacet.SECTOR).stream().mapToLong(FacetCount::count).sum()).isEqualTo(majorCount);
	}

	@Test
	void every_facet_counts_the_cases_matching_the_other_facets_selections() {
		CaseQuery threeFacets = CaseQuery.all()
			.with(CaseFacet.SECTOR, Set.of("BANK", "INSURANCE"))
			.with(CaseFacet.PROVINCE, Set.of("11", "31", "44"))
			.with(CaseFacet.LEVEL, Set.of("GENERAL"));
		CaseQuery withText = threeFacets.withText("数据");
		CaseQuery withVendor = threeFacets.with(CaseFacet.LEVEL, Set.of("GENERAL", "MAJOR"))
			.with(CaseFacet.VENDOR, Set.of("Fortinet"));
		CaseSearchResult everything = this.search.search(CaseQuery.all(), INSPECTOR, 50);

		for (CaseQuery query : List.of(threeFacets, withText, withVendor)) {
			CaseSearchResult result = this.search.search(query, INSPECTOR, 50);
			for (CaseFacet facet : CaseFacet.values()) {
				if (!facet.shown()) {
					continue;
				}
				for (FacetCount value : everything.counts(facet)) {
					long alone = this.search.search(query.with(facet, Set.of(value.value())), INSPECTOR, 1).total();
					assertThat(count(result, facet, value.value())).as("%s=%s in %s", facet, value.value(), query)
						.isEqualTo(alone);
				}
			}
		}
	}

	@Test
	void values_of_one_facet_are_alternatives_and_facets_combine() {
		CaseQuery query = CaseQuery.all()
			.toggle(CaseFacet.CATEGORY, "DS")
			.toggle(CaseFacet.CATEGORY, "NA")
			.toggle(CaseFacet.LATE, "true");

		assertThat(ids(this.search.search(query, INSPECTOR, 50))).containsExactly(LEAK_INSURANCE.caseId());
		assertThat(ids(this.search.search(query.toggle(CaseFacet.LATE, "true"), INSPECTOR, 50)))
			.containsExactlyInAnyOrder(LEAK_SECURITIES.caseId(), LEAK_INSURANCE.caseId(), DDOS_PAYMENT.caseId());
	}

	@Test
	void a_regime_scoped_regulator_sees_only_that_regimes_cases() {
		CaseSearchResult result = this.search.search(CaseQuery.all(), PBOC_ONLY, 200);

		assertThat(result.hits()).isNotEmpty().allSatisfy((hit) -> assertThat(hit.regimes()).contains("PBOC"));
		assertThat(ids(result)).contains(RANSOMWARE.caseId(), DDOS_PAYMENT.caseId(), FORTINET_CAC.caseId())
			.doesNotContain(LEAK_SECURITIES.caseId(), LEAK_INSURANCE.caseId());
		assertThat(result.counts(CaseFacet.REGIME)).extracting(FacetCount::value).contains("PBOC");
		assertThat(this.details.find(LEAK_SECURITIES.caseId(), PBOC_ONLY)).isEmpty();
		assertThat(this.details.find(RANSOMWARE.caseId(), PBOC_ONLY)).isPresent();
	}

	@Test
	void a_user_without_any_regime_sees_nothing() {
		Viewer nobody = new Viewer("admin", Set.of(Role.ADMIN), RegimeScope.nothing(), null);

		assertThat(this.search.search(CaseQuery.all(), nobody, 50).total()).isZero();
		assertThat(this.details.find(RANSOMWARE.caseId(), nobody)).isEmpty();
	}

	@Test
	void pages_follow_each_other_with_cursors_and_cover_every_case_once() {
		List<String> seen = new ArrayList<>();
		CaseQuery query = CaseQuery.all().withSort(CaseSort.NEWEST);
		CaseSearchResult page = this.search.search(query, INSPECTOR, 7);
		seen.addAll(ids(page));
		while (page.nextCursor() != null) {
			page = this.search.search(query.withAfter(page.nextCursor()), INSPECTOR, 7);
			seen.addAll(ids(page));
		}

		assertThat(seen).hasSize(ALL).doesNotHaveDuplicates();
	}

	@Test
	void sorts_by_level_and_by_time() {
		List<CaseHit> byLevel = this.search.search(CaseQuery.all().withSort(CaseSort.LEVEL), INSPECTOR, 200).hits();
		List<CaseHit> oldest = this.search.search(CaseQuery.all().withSort(CaseSort.OLDEST), INSPECTOR, 200).hits();

		assertThat(byLevel.stream().map((hit) -> severity(hit.computedLevel())).toList())
			.isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(oldest).extracting(CaseHit::occurredAt).isSorted();
	}

	@Test
	void the_period_counts_in_china_time_days() {
		CaseQuery march = CaseQuery.all().withPeriod(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-12"));

		assertThat(ids(this.search.search(march, INSPECTOR, 50))).containsExactlyInAnyOrder(RANSOMWARE.caseId(),
				FORTINET_CAC.caseId());
	}

	@Test
	void the_case_detail_masks_contacts_and_orders_the_timeline() {
		CaseDetail detail = this.details.find(RANSOMWARE.caseId(), INSPECTOR).orElseThrow();

		assertThat(detail.contactName()).isEqualTo("张**");
		assertThat(detail.contactPhone()).isEqualTo("138****5678");
		assertThat(detail.narrative()).contains("138****5678", "110101********1234").doesNotContain("13812345678");
		assertThat(detail.timeline()).extracting(CaseDetail.TimelineEntry::stage)
			.containsExactly("BRIEF", "INITIAL", "PROGRESS");
		assertThat(detail.timeline().get(1).summary()).doesNotContain("13812345678");
		assertThat(detail.clocks()).extracting(CaseDetail.RegimeClock::regime, CaseDetail.RegimeClock::verdict)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("NFRA", "LATE"),
					org.assertj.core.groups.Tuple.tuple("PBOC", "ON_TIME"));
		assertThat(detail.grades()).extracting(CaseDetail.GradeExplanation::regime).containsExactly("NFRA", "PBOC");
		assertThat(detail.grades().get(1).figures()).containsEntry("impact.personsAffected", "120000");
		assertThat(this.events.stream(CaseViewed.class)).anySatisfy((viewed) -> {
			assertThat(viewed.caseId()).isEqualTo(RANSOMWARE.caseId());
			assertThat(viewed.found()).isTrue();
		});
	}

	@Test
	void related_cases_share_vendor_cve_or_institution() {
		CaseDetail detail = this.details.find(RANSOMWARE.caseId(), INSPECTOR).orElseThrow();

		RelatedCases related = this.details.related(detail, INSPECTOR);

		assertThat(related.sameVendor()).extracting(CaseHit::caseId).containsExactly(FORTINET_CAC.caseId());
		assertThat(related.sameCve()).extracting(CaseHit::caseId).containsExactly(FORTINET_CAC.caseId());
		assertThat(related.sameInstitution()).extracting(CaseHit::caseId).containsExactly(RANSOMWARE_EARLIER.caseId());
	}

	@Test
	void csv_export_has_every_matching_row_with_masked_contacts() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		long rows = this.export.export(CaseQuery.text("勒索"), INSPECTOR, ExportFormat.CSV, out);

		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(rows).isEqualTo(2);
		assertThat(csv).startsWith("\uFEFFcaseId,title,").contains("138****5678", "张**").doesNotContain("13812345678");
		assertThat(csv.split("\r\n")).hasSize(3);
		assertThat(this.events.stream(CasesExported.class)).anySatisfy((exported) -> {
			assertThat(exported.rows()).isEqualTo(2);
			assertThat(exported.format()).isEqualTo(ExportFormat.CSV);
		});
	}

	@Test
	void xlsx_export_streams_every_row_within_the_scope() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		long rows = this.export.export(CaseQuery.all(), PBOC_ONLY, ExportFormat.XLSX, out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(rows);
			Set<String> regimes = new HashSet<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				regimes.add(sheet.getRow(i).getCell(6).getStringCellValue());
			}
			assertThat(regimes).allSatisfy((value) -> assertThat(value).contains("PBOC"));
		}
		assertThat(rows).isEqualTo(this.search.search(CaseQuery.all(), PBOC_ONLY, 1).total());
	}

	@Test
	void saved_searches_belong_to_their_user_and_reopen_the_same_state() {
		CaseQuery query = CaseQuery.text("数据泄露").toggle(CaseFacet.LEVEL, "MAJOR").withSort(CaseSort.NEWEST);

		SavedSearch saved = this.saved.save(INSPECTOR, "重大数据泄露", query);
		this.saved.save(INSPECTOR, "重大数据泄露", query.withSort(CaseSort.LEVEL));

		assertThat(this.saved.list(INSPECTOR)).extracting(SavedSearch::name, (s) -> s.query().sort())
			.contains(org.assertj.core.groups.Tuple.tuple("重大数据泄露", CaseSort.LEVEL));
		assertThat(this.saved.list(PBOC_ONLY)).extracting(SavedSearch::name).doesNotContain("重大数据泄露");
		assertThat(saved.query()).isEqualTo(query);
		assertThat(this.saved.delete(PBOC_ONLY, saved.id())).isFalse();
		assertThat(this.saved.delete(INSPECTOR, saved.id())).isTrue();
	}

	@Test
	void every_search_is_published_for_the_audit_log() {
		this.search.search(CaseQuery.text("DDoS"), INSPECTOR, 10);

		assertThat(this.events.stream(CasesSearched.class)).anySatisfy((searched) -> {
			assertThat(searched.viewer()).isEqualTo("inspector");
			assertThat(searched.query()).isEqualTo("q=DDoS");
			assertThat(searched.total()).isEqualTo(1);
		});
	}

	@Test
	void searches_case_views_and_exports_land_in_the_audit_log() throws IOException {
		String user = "audit-" + java.util.UUID.randomUUID();
		Viewer viewer = new Viewer(user, Set.of(Role.INSPECTOR), RegimeScope.everything(), null);

		this.search.search(CaseQuery.text("DDoS"), viewer, 10);
		this.details.find(RANSOMWARE.caseId(), viewer);
		this.details.find("no-such-case", viewer);
		this.export.export(CaseQuery.text("勒索"), viewer, ExportFormat.CSV, new ByteArrayOutputStream());

		assertThat(this.jdbc
			.sql("select action, object_type, object_id, outcome from audit_log where actor = ? order by id")
			.param(user)
			.query((row, n) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " "
					+ row.getString(4))
			.list()).containsExactly("search cases  SUCCESS", "case.view case " + RANSOMWARE.caseId() + " SUCCESS",
					"case.view case no-such-case DENIED", "export cases  SUCCESS");
	}

	private static List<String> ids(CaseSearchResult result) {
		return result.hits().stream().map(CaseHit::caseId).toList();
	}

	private static long count(CaseSearchResult result, CaseFacet facet, String value) {
		return result.counts(facet)
			.stream()
			.filter((c) -> c.value().equals(value))
			.mapToLong(FacetCount::count)
			.findFirst()
			.orElse(0);
	}

	private static int severity(String level) {
		return Map.of("EXTRAORDINARY", 4, "MAJOR", 3, "LARGE", 2, "GENERAL", 1).getOrDefault(level, 0);
	}

}
