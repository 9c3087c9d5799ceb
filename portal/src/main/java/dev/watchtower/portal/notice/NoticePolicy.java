package dev.watchtower.portal.notice;

import java.time.LocalDate;

import dev.watchtower.portal.security.Actor;

/**
 * A named rule about who may do what to a notice; it explains every refusal.
 */
interface NoticePolicy {

	/**
	 * Decides whether the actor may take the action now.
	 * @param notice the notice as stored
	 * @param actor the signed-in user
	 * @param action the action
	 * @param today today in the supervisory zone
	 * @return allowed, or refused with a reason
	 */
	Decision decide(Notice notice, Actor actor, NoticeAction action, LocalDate today);

}
