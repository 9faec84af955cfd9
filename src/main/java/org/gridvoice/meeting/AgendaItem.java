package org.gridvoice.meeting;

/**
 * An agenda item as the meeting page shows it: its place, title, note, what it links (kind, id, and the
 * linked item's title and route, null when the link no longer resolves) and, once recorded, its outcome:
 * the method (SHOW_OF_HANDS, CONSENSUS or REFERRED), the counts against those present, whether it passed,
 * the consensus note, the consultation it was referred to.
 */
public record AgendaItem(Long id, int position, String title, String note, String noteHtml, String linkKind, Long linkId,
                         String linkTitle, String linkRoute, String method, Integer votesFor, Integer votesAgainst,
                         Integer votesAbstain, Integer present, Boolean passed, String consensusHtml, Long referredConsultationId) {

    public boolean decided() {
        return method != null;
    }

    public AgendaItemForm form() {
        return new AgendaItemForm(title, note, linkKind, linkId);
    }
}
