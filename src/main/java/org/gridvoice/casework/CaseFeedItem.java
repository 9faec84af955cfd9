package org.gridvoice.casework;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A case as open data (the Open311 feed): what was asked, where, by which category, who owns it and
 * how it stands. Never a person's name or contact. {@code body} is Markdown for a proposal's case
 * ({@code fromProposal}) and plain text for a resident's request; {@code statusNotes} is the note of
 * the newest public step that has one; {@code latitude}/{@code longitude} may be null.
 */
public record CaseFeedItem(long id, CaseStatus status, String statusNotes, String categoryCode, String categoryZh, String categoryEn,
                           String title, String body, boolean fromProposal, String officeName, long streetId,
                           LocalDateTime requestedAt, LocalDateTime updatedAt, LocalDateTime expectedAt, LocalDateTime resolutionDueAt,
                           String address, BigDecimal latitude, BigDecimal longitude) {

    CaseFeedItem withStatusNotes(String notes) {
        return new CaseFeedItem(id, status, notes, categoryCode, categoryZh, categoryEn, title, body, fromProposal, officeName, streetId,
                requestedAt, updatedAt, expectedAt, resolutionDueAt, address, latitude, longitude);
    }
}
