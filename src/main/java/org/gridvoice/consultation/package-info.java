/**
 * Consultations (议题): a committee opens one for its community or some of its grids, with the
 * categories it accepts and its phase dates; phases advance by the clock or close early with a
 * reason, and every change after creation is on public record.
 */
package org.gridvoice.consultation;
