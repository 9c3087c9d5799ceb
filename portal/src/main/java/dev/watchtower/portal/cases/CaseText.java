package dev.watchtower.portal.cases;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

/**
 * Turns the one query box into Elasticsearch queries over title, narrative, measures and
 * institution name. The cases index analyses text with the {@code standard} analyzer,
 * which splits Chinese into single characters: each run of Chinese characters (and each
 * quoted part) must therefore match as a phrase, otherwise 数据泄露 would find every text
 * containing 数 and 据 anywhere. Other words go to {@code simple_query_string} with AND.
 * Every part must match.
 * <p>
 * Which cases match is decided on {@value #MATCHED}, the four fields copied into one with
 * two-token phrases indexed (ADR 29): one phrase query instead of one per field. The
 * fields themselves weigh the score (a hit in the title counts most) and carry the
 * highlights.
 */
final class CaseText {

	/** Searched fields with their boosts: a hit in the title counts most. */
	static final List<String> FIELDS = List.of("title^3", "institutionName^2", "narrative", "measures");

	/** The field the searched fields are copied into, which decides what matches. */
	static final String MATCHED = "text";

	private CaseText() {
	}

	/**
	 * The parts of a query text.
	 * @param text the text as typed
	 * @return phrases (Chinese runs, quoted parts) and the remaining words
	 */
	static Parts parse(String text) {
		List<String> phrases = new ArrayList<>();
		StringBuilder words = new StringBuilder();
		StringBuilder han = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			int width = Character.charCount(codePoint);
			if (codePoint == '"' || codePoint == '“' || codePoint == '”') {
				flush(han, phrases);
				int end = closingQuote(text, i + width);
				String quoted = text.substring(i + width, end).strip();
				if (!quoted.isEmpty()) {
					phrases.add(quoted);
				}
				i = Math.min(text.length(), end + 1);
				continue;
			}
			if (isHan(codePoint)) {
				han.appendCodePoint(codePoint);
			}
			else {
				flush(han, phrases);
				words.appendCodePoint(
						Character.isLetterOrDigit(codePoint) || codePoint == '-' || codePoint == '.' || codePoint == '_'
								? codePoint : ' ');
			}
			i += width;
		}
		flush(han, phrases);
		return new Parts(List.copyOf(phrases), words.toString().strip().replaceAll("\\s+", " "));
	}

	/**
	 * Which cases a text finds: match-all when blank.
	 * @param text the text as typed
	 * @return one bool query over {@value #MATCHED} whose parts must all match
	 */
	static Query matching(String text) {
		return query(text, List.of(MATCHED), Operator.And);
	}

	/**
	 * The relevance of a text: the same parts over the searched fields with their boosts.
	 * @param text the text as typed
	 * @return one bool query whose parts must all match
	 */
	static Query query(String text) {
		return query(text, FIELDS, Operator.And);
	}

	/**
	 * What the highlighter marks in one field: each phrase and each word the field holds
	 * (any of them; the case matched as a whole). One query per field, not the query over
	 * all fields: the highlighter then works through the parts of its own field only
	 * (measured: a page of 20 hits highlighted in about 1 instead of 4-5 ms, the same
	 * marks). The fields index no phrase pairs, which the highlighter could not mark
	 * (elastic/elasticsearch#40227).
	 * @param text the text as typed
	 * @param field the highlighted field
	 * @return a bool query whose parts should match, match-all when the text is blank
	 */
	static Query highlight(String text, String field) {
		return query(text, List.of(field), Operator.Or);
	}

	/**
	 * The parts of a text as one bool query: each phrase over the fields, and the words.
	 * @param operator {@code And}: every part and every word must match; {@code Or}: any
	 */
	private static Query query(String text, List<String> fields, Operator operator) {
		Parts parts = parse(text);
		if (parts.isEmpty()) {
			return Query.of((q) -> q.matchAll((all) -> all));
		}
		List<Query> clauses = new ArrayList<>();
		for (String phrase : parts.phrases()) {
			clauses
				.add(Query.of((q) -> q.multiMatch((m) -> m.query(phrase).fields(fields).type(TextQueryType.Phrase))));
		}
		if (!parts.words().isEmpty()) {
			clauses.add(Query.of((q) -> q.simpleQueryString((s) -> s.query(parts.words())
				.fields(fields)
				.defaultOperator(operator)
				.flags(SimpleQueryStringFlag.Prefix))));
		}
		return Query.of((q) -> q.bool((b) -> (operator == Operator.And) ? b.must(clauses) : b.should(clauses)));
	}

	private static int closingQuote(String text, int from) {
		for (int j = from; j < text.length(); j++) {
			char c = text.charAt(j);
			if (c == '"' || c == '”' || c == '“') {
				return j;
			}
		}
		return text.length();
	}

	private static void flush(StringBuilder han, List<String> phrases) {
		if (!han.isEmpty()) {
			phrases.add(han.toString());
			han.setLength(0);
		}
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	/**
	 * A parsed query text.
	 *
	 * @param phrases parts that must match as phrases
	 * @param words remaining words, each of which must match
	 */
	record Parts(List<String> phrases, String words) {

		boolean isEmpty() {
			return this.phrases.isEmpty() && this.words.isEmpty();
		}

	}

}
