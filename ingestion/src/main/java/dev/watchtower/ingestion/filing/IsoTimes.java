package dev.watchtower.ingestion.filing;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * A fast path for the one date-time shape filings use ({@code 2026-03-01T10:05:00+08:00},
 * optional fraction, {@code Z} allowed); anything else falls back to
 * {@link OffsetDateTime#parse(CharSequence)}.
 */
final class IsoTimes {

	private IsoTimes() {
	}

	static @Nullable OffsetDateTime parse(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int position = 19;
		int nanos = 0;
		if (text.charAt(position) == '.') {
			int digits = 0;
			position++;
			while (position < length && Character.isDigit(text.charAt(position))) {
				if (digits < 9) {
					nanos = nanos * 10 + (text.charAt(position) - '0');
				}
				digits++;
				position++;
			}
			if (digits == 0 || digits > 9) {
				return null;
			}
			for (int i = digits; i < 9; i++) {
				nanos *= 10;
			}
		}
		ZoneOffset offset;
		if (position == length - 1 && text.charAt(position) == 'Z') {
			offset = ZoneOffset.UTC;
		}
		else if (position == length - 6 && (text.charAt(position) == '+' || text.charAt(position) == '-')
				&& text.charAt(position + 3) == ':') {
			int hours = number(text, position + 1, 2);
			int minutes = number(text, position + 4, 2);
			if (hours < 0 || minutes < 0) {
				return null;
			}
			int sign = (text.charAt(position) == '-') ? -1 : 1;
			try {
				offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
			}
			catch (DateTimeException ex) {
				return null;
			}
		}
		else {
			return null;
		}
		int year = number(text, 0, 4);
		int month = number(text, 5, 2);
		int day = number(text, 8, 2);
		int hour = number(text, 11, 2);
		int minute = number(text, 14, 2);
		int second = number(text, 17, 2);
		if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
			return null;
		}
		try {
			return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int number(String text, int from, int digits) {
		int value = 0;
		for (int i = from; i < from + digits; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
