/**
 * The portal's frame shared by every feature: main layout, error handling, not-found
 * view, translations and the language switch.
 */
@NullMarked
@NamedInterface("ui")
package dev.watchtower.portal.base.ui;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
