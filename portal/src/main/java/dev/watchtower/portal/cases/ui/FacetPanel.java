package dev.watchtower.portal.cases.ui;

import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.cases.CaseFacet;
import dev.watchtower.portal.cases.CaseSearchResult;
import dev.watchtower.portal.cases.FacetCount;

/**
 * The facets beside the results: one group per facet, one check box per value with its
 * count; ticking one narrows the search (values of one facet are alternatives).
 */
class FacetPanel extends Div {

	private final BiConsumer<CaseFacet, String> onToggle;

	FacetPanel(BiConsumer<CaseFacet, String> onToggle) {
		this.onToggle = onToggle;
		setId("case-facets");
		addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
		getStyle().setMinWidth("14rem").setMaxWidth("18rem");
	}

	void show(CaseSearchResult result) {
		removeAll();
		for (CaseFacet facet : CaseFacet.values()) {
			List<FacetCount> counts = result.counts(facet);
			if (!facet.shown() || counts.isEmpty()) {
				continue;
			}
			H3 heading = new H3(getTranslation("cases.facet." + facet.parameter()));
			heading.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Top.SMALL,
					LumoUtility.Margin.Bottom.NONE, LumoUtility.TextColor.SECONDARY);
			Div group = new Div(heading);
			group.setId("facet-" + facet.parameter());
			group.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
			for (FacetCount count : counts) {
				Checkbox box = new Checkbox(
						"%s (%,d)".formatted(CaseLabels.value(facet, count.value(), getLocale()), count.count()),
						count.selected());
				box.setId("facet-" + facet.parameter() + "-" + count.value());
				box.addValueChangeListener((change) -> {
					if (change.isFromClient()) {
						this.onToggle.accept(facet, count.value());
					}
				});
				group.add(box);
			}
			add(group);
		}
	}

}
