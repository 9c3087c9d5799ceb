package dev.watchtower.portal.base.ui;

import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.JsonNode;

/**
 * An Apache ECharts chart as a Flow component. ECharts comes from its npm package as a
 * WebJar ({@code org.webjars.npm:echarts}) and is served as a static file; the component
 * loads it on first use with a plain script element, so Vaadin's ready-made bundle stays
 * in use and no Node.js build is needed (ADR 0017). The server sends the chart's option
 * as JSON; clicks on data come back as {@link Click} events for drill-downs.
 */
@Tag("div")
public class EChart extends Component implements HasSize {

	/** Where ECharts is served from, relative to the application's base URL. */
	public static final String SCRIPT = "webjars/echarts/5.3.1/dist/echarts.min.js";

	private static final String RENDER = """
			const el = this;
			const option = JSON.parse($1);
			const ready = window.__watchtowerEcharts || (window.__watchtowerEcharts = new Promise((resolve, reject) => {
			  if (window.echarts) { resolve(window.echarts); return; }
			  const script = document.createElement('script');
			  script.src = $0;
			  script.onload = () => resolve(window.echarts);
			  script.onerror = () => { window.__watchtowerEcharts = undefined; reject(new Error('Cannot load ' + $0)); };
			  document.head.appendChild(script);
			}));
			return ready.then((echarts) => {
			  let chart = echarts.getInstanceByDom(el);
			  if (!chart) {
			    chart = echarts.init(el);
			    chart.on('click', (p) => el.dispatchEvent(new CustomEvent('chart-click', { detail: {
			      series: String(p.seriesName ?? ''), name: String(p.name ?? ''),
			      data: JSON.stringify(p.data === undefined ? null : p.data) } })));
			    new ResizeObserver(() => chart.resize()).observe(el);
			  }
			  chart.setOption(option, true);
			  el.setAttribute('data-rendered', 'true');
			});
			""";

	private String option = "{}";

	public EChart() {
		setWidthFull();
		setHeight("320px");
		getElement().getClassList().add("echart");
	}

	/**
	 * Shows a chart.
	 * @param optionJson the ECharts option as JSON (no functions)
	 */
	public void setOption(String optionJson) {
		this.option = Objects.requireNonNull(optionJson, "optionJson must not be null");
		getElement().removeAttribute("data-rendered");
		render();
	}

	/**
	 * The option last set.
	 * @return the option JSON
	 */
	public String getOption() {
		return this.option;
	}

	/**
	 * Listens to clicks on the chart's data.
	 * @param listener receives the clicked series, name and data
	 * @return the registration
	 */
	public Registration addClickListener(Consumer<Click> listener) {
		return getElement().addEventListener("chart-click", (event) -> {
			JsonNode data = event.getEventData();
			listener.accept(new Click(text(data, "event.detail.series"), text(data, "event.detail.name"),
					text(data, "event.detail.data")));
		}).addEventData("event.detail.series").addEventData("event.detail.name").addEventData("event.detail.data");
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		render();
	}

	private void render() {
		if (isAttached()) {
			getElement().executeJs(RENDER, SCRIPT, this.option);
		}
	}

	private static String text(JsonNode data, String key) {
		JsonNode value = data.get(key);
		return (value == null || value.isNull()) ? "" : value.asString();
	}

	/**
	 * A click on the chart's data.
	 *
	 * @param series the series name
	 * @param name the data item's name (the category axis value)
	 * @param data the data item as JSON
	 */
	public record Click(String series, String name, String data) {

	}

}
