package org.gridvoice.casework;

/** One resident's public answers on a resolved case (who gave them is not shown), with their optional comment. */
public record Confirmation(Resolution resolution, Satisfaction satisfaction, String comment) {
}
