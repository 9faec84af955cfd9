/**
 * Tells people what concerns them: in-app notifications (the bell) and mail, immediately or as a
 * daily digest by each user's preference, with a one-click unsubscribe link.
 * <p>
 * Listener policy. Every reaction is a listener on another module's event; it never calls back
 * into the module that published it to learn who must hear: the event names its recipients
 * ({@code casework.CaseChanged#recipients}, {@code casework.FeedbackRequested#userIds}), and the only
 * people this module adds are its own data, the followers of a consultation ({@code notification_follow},
 * by the consultation id the event carries). Reactions to a step of a case or of content
 * ({@code @EventListener}) run in the publisher's transaction, so a notification and its queued
 * mail exist exactly when the change does; reactions to a closed vote and a broken audit chain
 * ({@code @ApplicationModuleListener}) run after commit in their own transaction, re-run from the
 * event publication registry if they fail. Not yet so: {@code EventNotifications} and
 * {@code VotingNotifications} still read titles, authors and electors from the publishing modules.
 */
package org.gridvoice.notification;
