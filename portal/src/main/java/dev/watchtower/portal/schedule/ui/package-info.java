/**
 * Views of report schedules: the list with the form to create one, and a schedule with
 * its live run log and the downloads of each run's outputs.
 */
@NullMarked
package dev.watchtower.portal.schedule.ui;

import org.jspecify.annotations.NullMarked;
