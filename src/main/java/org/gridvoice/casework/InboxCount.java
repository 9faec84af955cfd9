package org.gridvoice.casework;

/** How an office's inbox stands: open cases, new ones to accept, late ones and escalated (督办) ones. */
public record InboxCount(Long officeId, String office, long open, long fresh, long late, long escalated) {
}
