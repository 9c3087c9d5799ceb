package dev.watchtower.portal.alert;

import java.time.Clock;
import java.util.List;

import dev.watchtower.portal.security.Actor;

import org.springframework.stereotype.Service;

/**
 * The signed-in user's notifications: the list, the unread count for the bell, marking
 * read. Nobody sees or marks another user's notifications.
 */
@Service
public class Notifications {

	private final AlertRepository repository;

	private final Clock clock;

	Notifications(AlertRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * The latest notifications of the signed-in user.
	 * @param limit how many
	 * @return newest first
	 */
	public List<Notification> mine(int limit) {
		return this.repository.notifications(Actor.required().username(), limit);
	}

	/**
	 * How many are unread.
	 * @return the count; zero when nobody is signed in
	 */
	public long unread() {
		return Actor.current().map((actor) -> this.repository.unread(actor.username())).orElse(0L);
	}

	/**
	 * Marks one read.
	 * @param id the notification
	 */
	public void markRead(long id) {
		this.repository.markRead(Actor.required().username(), id, this.clock.instant());
	}

	/**
	 * Marks all read.
	 */
	public void markAllRead() {
		this.repository.markAllRead(Actor.required().username(), this.clock.instant());
	}

}
