/**
 * Tells people what concerns them: in-app notifications (the bell) and mail, immediately or as a
 * daily digest by each user's preference, with a one-click unsubscribe link. Reacts to the
 * other modules' events in the transaction that published them.
 */
package org.gridvoice.notification;
