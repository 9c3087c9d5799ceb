package dev.watchtower.portal.base.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view: side navigation built from the views'
 * {@code @Menu} entries (titles are translation keys) and a header with the user, role,
 * language switch and log-out.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

	private final H1 viewTitle = new H1();

	MainLayout(AuthenticationContext authentication) {
		setId("main-layout");
		setPrimarySection(Section.DRAWER);
		addToDrawer(brand(), new Scroller(navigation()));
		this.viewTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE, LumoUtility.Flex.GROW);
		addToNavbar(new DrawerToggle(), this.viewTitle, userInfo(authentication), new LanguageSwitch(),
				logout(authentication));
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		Component content = getContent();
		this.viewTitle.setText((content instanceof HasDynamicTitle titled) ? titled.getPageTitle() : "");
	}

	private Component brand() {
		Span name = new Span(getTranslation("app.name"));
		name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
		Div brand = new Div(VaadinIcon.EYE.create(), name);
		brand.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER,
				LumoUtility.Padding.MEDIUM);
		return brand;
	}

	private SideNav navigation() {
		SideNav nav = new SideNav();
		nav.setId("side-nav");
		MenuConfiguration.getMenuEntries().forEach((entry) -> nav.addItem(item(entry)));
		return nav;
	}

	private SideNavItem item(MenuEntry entry) {
		String title = getTranslation(entry.title());
		return (entry.icon() != null) ? new SideNavItem(title, entry.path(), new Icon(entry.icon()))
				: new SideNavItem(title, entry.path());
	}

	private Component userInfo(AuthenticationContext authentication) {
		Span user = new Span(authentication.getPrincipalName().orElse(""));
		user.setId("current-user");
		user.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
		Span role = new Span(authentication.getGrantedRoles()
			.stream()
			.sorted()
			.map((name) -> getTranslation("role." + name))
			.collect(Collectors.joining(", ")));
		role.setId("current-role");
		role.getElement().getThemeList().add("badge");
		Div info = new Div(VaadinIcon.USER.create(), user, role);
		info.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
		return info;
	}

	private Button logout(AuthenticationContext authentication) {
		Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
				(click) -> authentication.logout());
		logout.setId("logout");
		logout.addThemeVariants(ButtonVariant.TERTIARY);
		logout.addClassNames(LumoUtility.Margin.End.MEDIUM);
		return logout;
	}

}
