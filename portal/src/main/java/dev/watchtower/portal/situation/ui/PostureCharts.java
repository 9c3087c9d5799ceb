package dev.watchtower.portal.situation.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.portal.base.ui.CodeLabels;
import dev.watchtower.portal.situation.PostureDashboard;
import dev.watchtower.portal.situation.PostureDashboard.Cell;
import dev.watchtower.portal.situation.PostureDashboard.Month;
import dev.watchtower.portal.situation.PostureDashboard.Spread;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the ECharts options of the dashboard. Each data item carries the codes it counts
 * ({@code code}, {@code sector}, {@code category}), so a click can be turned into the
 * matching case search whatever language the labels are in.
 */
final class PostureCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Level colours, most severe first (red … blue). */
	private static final Map<String, String> LEVEL_COLOURS = Map.of("EXTRAORDINARY", "#b71c1c", "MAJOR", "#e65100",
			"LARGE", "#f9a825", "GENERAL", "#1565c0");

	private final Locale locale;

	PostureCharts(Locale locale) {
		this.locale = locale;
	}

	String trendByLevel(PostureDashboard dashboard) {
		List<String> levels = java.util.Arrays.stream(IncidentLevel.values()).map(Enum::name).toList();
		return stackedMonths(dashboard, levels, Month::byLevel, (level) -> CodeLabels.level(level, this.locale),
				LEVEL_COLOURS);
	}

	String trendByCategory(PostureDashboard dashboard) {
		Set<String> categories = new LinkedHashSet<>();
		dashboard.months().forEach((month) -> categories.addAll(month.byCategory().keySet()));
		return stackedMonths(dashboard, List.copyOf(categories), Month::byCategory,
				(category) -> CodeLabels.category(category, this.locale), Map.of());
	}

	String heat(PostureDashboard dashboard) {
		List<String> sectors = dashboard.heat().stream().map(Cell::sector).distinct().sorted().toList();
		List<String> categories = dashboard.heat().stream().map(Cell::category).distinct().sorted().toList();
		ObjectNode option = base();
		option.putObject("tooltip").put("position", "top");
		option.putObject("grid").put("left", 110).put("bottom", 80).put("right", 20).put("top", 10);
		axis(option.putObject("xAxis"), categories, (code) -> CodeLabels.category(code, this.locale))
			.putObject("axisLabel")
			.put("rotate", 30);
		axis(option.putObject("yAxis"), sectors, (code) -> CodeLabels.sector(code, this.locale));
		long max = dashboard.heat().stream().mapToLong(Cell::count).max().orElse(1);
		option.putObject("visualMap")
			.put("min", 0)
			.put("max", Math.max(1, max))
			.put("calculable", true)
			.put("orient", "horizontal")
			.put("left", "center")
			.put("bottom", 0)
			.putObject("inRange")
			.putArray("color")
			.add("#e3f2fd")
			.add("#ef6c00")
			.add("#b71c1c");
		ArrayNode data = JSON.createArrayNode();
		for (Cell cell : dashboard.heat()) {
			ObjectNode item = data.addObject().put("sector", cell.sector()).put("category", cell.category());
			item.putArray("value")
				.add(categories.indexOf(cell.category()))
				.add(sectors.indexOf(cell.sector()))
				.add(cell.count());
		}
		ObjectNode series = option.putArray("series").addObject().put("type", "heatmap").put("name", "heat");
		series.set("data", data);
		series.putObject("label").put("show", true);
		return option.toString();
	}

	String provinces(PostureDashboard dashboard) {
		return horizontalBars(dashboard.provinces().stream().map((c) -> new Bar(c.key(), c.count(), 0)).toList(),
				(code) -> CodeLabels.province(code, this.locale), "#1565c0");
	}

	String spreads(List<Spread> spreads, String colour) {
		return horizontalBars(spreads.stream().map((s) -> new Bar(s.key(), s.cases(), s.institutions())).toList(),
				Function.identity(), colour);
	}

	private String stackedMonths(PostureDashboard dashboard, List<String> codes,
			Function<Month, Map<String, Long>> counts, Function<String, String> label, Map<String, String> colours) {
		ObjectNode option = base();
		option.putObject("tooltip").put("trigger", "axis");
		option.putObject("legend").put("bottom", 0).put("type", "scroll");
		option.putObject("grid").put("left", 40).put("right", 20).put("top", 20).put("bottom", 60);
		ArrayNode months = option.putObject("xAxis").put("type", "category").putArray("data");
		dashboard.months().forEach((month) -> months.add(month.month().toString()));
		option.putObject("yAxis").put("type", "value").put("minInterval", 1);
		ArrayNode series = option.putArray("series");
		for (String code : codes) {
			ObjectNode one = series.addObject()
				.put("type", "bar")
				.put("stack", "total")
				.put("name", label.apply(code))
				.put("barMaxWidth", 28);
			if (colours.containsKey(code)) {
				one.putObject("itemStyle").put("color", colours.get(code));
			}
			ArrayNode data = one.putArray("data");
			for (Month month : dashboard.months()) {
				data.addObject().put("value", counts.apply(month).getOrDefault(code, 0L)).put("code", code);
			}
		}
		return option.toString();
	}

	private String horizontalBars(List<Bar> bars, Function<String, String> label, String colour) {
		List<Bar> ascending = new ArrayList<>(bars);
		java.util.Collections.reverse(ascending);
		ObjectNode option = base();
		option.putObject("tooltip").put("trigger", "item");
		option.putObject("grid").put("left", 130).put("right", 30).put("top", 10).put("bottom", 20);
		option.putObject("xAxis").put("type", "value").put("minInterval", 1);
		axis(option.putObject("yAxis"), ascending.stream().map(Bar::code).toList(), label);
		ObjectNode series = option.putArray("series").addObject().put("type", "bar").put("name", "cases");
		series.putObject("itemStyle").put("color", colour);
		series.putObject("label").put("show", true).put("position", "right");
		ArrayNode data = series.putArray("data");
		ascending.forEach((bar) -> data.addObject()
			.put("value", bar.count())
			.put("code", bar.code())
			.put("institutions", bar.institutions()));
		return option.toString();
	}

	private static ObjectNode axis(ObjectNode axis, List<String> codes, Function<String, String> label) {
		axis.put("type", "category");
		ArrayNode data = axis.putArray("data");
		codes.forEach((code) -> data.add(label.apply(code)));
		return axis;
	}

	private static ObjectNode base() {
		ObjectNode option = JSON.createObjectNode();
		option.put("animation", false);
		return option;
	}

	static String code(String dataJson, String field) {
		var node = JSON.readTree(dataJson.isBlank() ? "null" : dataJson);
		var value = (node != null && node.isObject()) ? node.get(field) : null;
		return (value != null) ? value.asString() : "";
	}

	private record Bar(String code, long count, long institutions) {
	}

}
