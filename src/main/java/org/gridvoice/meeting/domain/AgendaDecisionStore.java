package org.gridvoice.meeting.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gridvoice.meeting.AgendaDecisionMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A meeting's agenda items and their decisions in SQL. A recorded decision is final (the database refuses a change). */
@Component
public class AgendaDecisionStore {

    /** An item as stored; the decision's columns null until recorded. */
    public record Item(Long id, Long meetingId, int position, String title, String noteMarkdown, String linkKind, Long linkId, String method,
                       Integer votesFor, Integer votesAgainst, Integer votesAbstain, Integer present, Boolean passed, String consensusHtml,
                       LocalDateTime recordedAt, Long referredConsultationId) {
    }

    private static final String COLUMNS = """
            SELECT id, meeting_id, position, title, note_markdown, link_kind, link_id, method, votes_for, votes_against, votes_abstain,
                   present, passed, consensus_html, recorded_at, referred_consultation_id FROM meeting_agenda_item""";

    private final JdbcClient jdbc;

    AgendaDecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Item> items(Long meetingId) {
        return jdbc.sql(COLUMNS + " WHERE meeting_id = :m ORDER BY position").param("m", meetingId).query(Item.class).list();
    }

    public Optional<Item> item(Long meetingId, Long itemId) {
        return jdbc.sql(COLUMNS + " WHERE meeting_id = :m AND id = :i").param("m", meetingId).param("i", itemId).query(Item.class).optional();
    }

    public boolean anyRecorded(Long meetingId) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_agenda_item WHERE meeting_id = :m AND method IS NOT NULL").param("m", meetingId)
                .query(Long.class).single() > 0;
    }

    /** Records a show of hands or a consensus, once: false when the item was decided meanwhile. */
    public boolean record(Long itemId, AgendaDecisionMethod method, Integer votesFor, Integer votesAgainst, Integer votesAbstain, int present,
                          boolean passed, String consensusMarkdown, String consensusHtml, Long recordedBy, Long confirmedBy, LocalDateTime at) {
        return jdbc.sql("""
                UPDATE meeting_agenda_item SET method = :method, votes_for = :f, votes_against = :a, votes_abstain = :ab, present = :present,
                    passed = :passed, consensus_markdown = :cm, consensus_html = :ch, recorded_by = :by, confirmed_by = :confirmed,
                    recorded_at = :at
                WHERE id = :i AND method IS NULL""")
                .param("method", method.name()).param("f", votesFor).param("a", votesAgainst).param("ab", votesAbstain)
                .param("present", present).param("passed", passed).param("cm", consensusMarkdown).param("ch", consensusHtml)
                .param("by", recordedBy).param("confirmed", confirmedBy).param("at", at).param("i", itemId).update() == 1;
    }

    /** Refers the item to an online vote (the consultation made from it), once. */
    public boolean refer(Long itemId, Long consultationId, int present, LocalDateTime at) {
        return jdbc.sql("""
                UPDATE meeting_agenda_item SET method = 'REFERRED', present = :present, referred_consultation_id = :c, recorded_at = :at
                WHERE id = :i AND method IS NULL""")
                .param("present", present).param("c", consultationId).param("at", at).param("i", itemId).update() == 1;
    }
}
