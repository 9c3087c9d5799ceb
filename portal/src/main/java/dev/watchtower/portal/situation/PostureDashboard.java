package dev.watchtower.portal.situation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The figures of the posture dashboard, all under one {@link PostureFilter} and the
 * viewer's regimes.
 *
 * @param filter the filter applied
 * @param total matching cases
 * @param late cases with a missed binding deadline
 * @param underGraded cases assessed below the computed level
 * @param months cases per month of occurrence, by computed level and by category
 * @param heat cases per sector and category
 * @param provinces cases per province, most first
 * @param vendors most named vendors with the number of institutions naming them
 * @param cves most named CVEs with the number of institutions naming them
 * @param bulletins latest bulletins for the filter's sectors and levels
 */
public record PostureDashboard(PostureFilter filter, long total, long late, long underGraded, List<Month> months,
		List<Cell> heat, List<Count> provinces, List<Spread> vendors, List<Spread> cves, List<Bulletin> bulletins) {

	public PostureDashboard {
		Objects.requireNonNull(filter, "filter must not be null");
		months = List.copyOf(months);
		heat = List.copyOf(heat);
		provinces = List.copyOf(provinces);
		vendors = List.copyOf(vendors);
		cves = List.copyOf(cves);
		bulletins = List.copyOf(bulletins);
	}

	/**
	 * Share of late cases.
	 * @return 0 … 1
	 */
	public double lateRate() {
		return (this.total == 0) ? 0 : this.late / (double) this.total;
	}

	/**
	 * Share of under-graded cases.
	 * @return 0 … 1
	 */
	public double underGradedRate() {
		return (this.total == 0) ? 0 : this.underGraded / (double) this.total;
	}

	/**
	 * One month of the trend.
	 *
	 * @param month the month (China time)
	 * @param total cases that month
	 * @param byLevel cases by computed level
	 * @param byCategory cases by category
	 */
	public record Month(YearMonth month, long total, Map<String, Long> byLevel, Map<String, Long> byCategory) {

		public Month {
			byLevel = Map.copyOf(byLevel);
			byCategory = Map.copyOf(byCategory);
		}

	}

	/**
	 * A sector × category cell.
	 *
	 * @param sector sector code
	 * @param category category code
	 * @param count cases
	 */
	public record Cell(String sector, String category, long count) {
	}

	/**
	 * A value and its cases.
	 *
	 * @param key the value
	 * @param count cases
	 */
	public record Count(String key, long count) {
	}

	/**
	 * A vendor or CVE, with how widely it spreads.
	 *
	 * @param key the vendor or CVE
	 * @param cases cases naming it
	 * @param institutions distinct institutions naming it
	 */
	public record Spread(String key, long cases, long institutions) {
	}

	/**
	 * A bulletin in the list.
	 *
	 * @param bulletinId the bulletin
	 * @param kind its kind
	 * @param title its title
	 * @param level its level
	 * @param asOf when it was computed
	 */
	public record Bulletin(String bulletinId, String kind, String title, @Nullable String level,
			@Nullable Instant asOf) {
	}

}
