package dev.watchtower.ingestion.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.watchtower.ingestion.digest.Sha256;

/**
 * The Chinese working-day calendar: weekends are rest days and weekdays working days,
 * except public holidays and make-up working days (调休) kept as data in
 * {@code cn-working-days.tsv}. Years whose schedule is not official are reported as
 * provisional.
 */
public final class WorkingDayCalendar {

	private final Set<LocalDate> holidays;

	private final Set<LocalDate> makeUpWorkdays;

	private final Map<Integer, YearStatus> years;

	WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, Map<Integer, YearStatus> years) {
		this.holidays = Set.copyOf(holidays);
		this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
		this.years = Map.copyOf(years);
	}

	/**
	 * A SHA-256 digest of the calendar's content (holidays, make-up working days and the
	 * status of each year), so that results computed with it can tell when it changed.
	 * @return the digest, in hexadecimal
	 */
	public String digest() {
		String content = new TreeSet<>(this.holidays) + "|" + new TreeSet<>(this.makeUpWorkdays) + "|"
				+ new TreeMap<>(this.years);
		return Sha256.hex(content);
	}

	/**
	 * The calendar shipped with the library (2024 to 2027).
	 * @return the calendar
	 */
	public static WorkingDayCalendar china() {
		Set<LocalDate> holidays = new HashSet<>();
		Set<LocalDate> workdays = new HashSet<>();
		Map<Integer, YearStatus> years = new HashMap<>();
		try (InputStream in = Objects
			.requireNonNull(WorkingDayCalendar.class.getResourceAsStream("cn-working-days.tsv"), "cn-working-days.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line : reader.lines().toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t");
				switch (cells[0]) {
					case "YEAR" -> years.put(Integer.parseInt(cells[1]), YearStatus.valueOf(cells[2]));
					case "HOLIDAY" -> holidays.add(LocalDate.parse(cells[1]));
					case "WORKDAY" -> workdays.add(LocalDate.parse(cells[1]));
					default -> throw new IllegalStateException("Unknown calendar line: " + line);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the working-day calendar", ex);
		}
		return new WorkingDayCalendar(holidays, workdays, years);
	}

	public boolean isWorkingDay(LocalDate day) {
		if (this.holidays.contains(day)) {
			return false;
		}
		if (this.makeUpWorkdays.contains(day)) {
			return true;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

	/**
	 * The n-th working day after a day (the day itself not counted).
	 * @param day the day
	 * @param count how many working days
	 * @return the n-th working day after it
	 */
	public LocalDate addWorkingDays(LocalDate day, int count) {
		LocalDate current = day;
		int remaining = count;
		while (remaining > 0) {
			current = current.plusDays(1);
			if (isWorkingDay(current)) {
				remaining--;
			}
		}
		return current;
	}

	/**
	 * The n-th working day before a day (the day itself not counted).
	 * @param day the day
	 * @param count how many working days
	 * @return the n-th working day before it
	 */
	public LocalDate subtractWorkingDays(LocalDate day, int count) {
		LocalDate current = day;
		int remaining = count;
		while (remaining > 0) {
			current = current.minusDays(1);
			if (isWorkingDay(current)) {
				remaining--;
			}
		}
		return current;
	}

	/**
	 * How reliable the calendar is for a year.
	 * @param year the year
	 * @return OFFICIAL, PROVISIONAL or UNKNOWN (not covered: weekends only)
	 */
	public YearStatus status(int year) {
		return this.years.getOrDefault(year, YearStatus.UNKNOWN);
	}

	/**
	 * Whether every day between two days (inclusive) lies in an officially published
	 * year.
	 * @param from first day
	 * @param to last day
	 * @return true when all years are official
	 */
	public boolean official(LocalDate from, LocalDate to) {
		for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(),
				to.getYear()); year++) {
			if (status(year) != YearStatus.OFFICIAL) {
				return false;
			}
		}
		return true;
	}

	/**
	 * How reliable a calendar year is.
	 */
	public enum YearStatus {

		/** The State Council schedule is in the data. */
		OFFICIAL,
		/** Not published yet: statutory holidays only, no make-up days. */
		PROVISIONAL,
		/** Not covered: weekends only. */
		UNKNOWN

	}

}
