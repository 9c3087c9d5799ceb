package dev.watchtower.portal.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings: the stock Lumo theme and its utility classes. The portal has no
 * custom frontend files, so Vaadin's pre-compiled bundle serves it without a Node.js
 * build.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class PortalAppShell implements AppShellConfigurator {

}
