package org.gridvoice.account.domain;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account module's part of an erasure, in SQL: what is keyed by the person's address or number
 * (sign-in throttling, mail limits, queued and sent mail and text messages), their one-time links,
 * role grants and the residency details, and their name in mail sent to others.
 */
@Component
public class AccountErasure {

    private final JdbcClient jdbc;

    AccountErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void eraseContacts(Long userId, String email, String phone) {
        jdbc.sql("DELETE FROM account_token WHERE user_id = :u").param("u", userId).update();
        if (email != null) {
            jdbc.sql("DELETE FROM account_login_throttle WHERE throttle_key = :k").param("k", "account:" + email).update();
            jdbc.sql("DELETE FROM account_request_limit WHERE limit_key = :k").param("k", "to:" + email).update();
            jdbc.sql("DELETE FROM shared_mail_outbox WHERE recipient = :e").param("e", email).update();
        }
        if (phone != null) {
            jdbc.sql("DELETE FROM account_login_throttle WHERE throttle_key = :k").param("k", "account:" + phone).update();
            jdbc.sql("DELETE FROM account_request_limit WHERE limit_key = :k").param("k", "to:" + phone).update();
            jdbc.sql("DELETE FROM shared_sms_outbox WHERE phone = :p").param("p", phone).update();
            // codes asked for this number, their per-number limit and the development gateway's copies of the texts
            jdbc.sql("DELETE FROM account_sms_code WHERE phone = :p OR user_id = :u").param("p", phone).param("u", userId).update();
            jdbc.sql("DELETE FROM account_request_limit WHERE limit_key = :k").param("k", "sms-to:" + phone).update();
            jdbc.sql("DELETE FROM shared_dev_sms WHERE phone = :p").param("p", phone).update();
        }
    }

    /**
     * Mail to other people that named the person (someone endorsed or answered their proposal): the
     * name is replaced, the rest of the message stays as it was sent.
     */
    public void eraseNameInMail(String name, String replacement) {
        if (name == null || name.isBlank()) {
            return;
        }
        jdbc.sql("""
                UPDATE shared_mail_outbox SET subject = REPLACE(subject, :n, :r), body_text = REPLACE(body_text, :n, :r),
                       body_html = REPLACE(body_html, :n, :r)
                WHERE INSTR(subject, :n) > 0 OR INSTR(body_text, :n) > 0 OR INSTR(body_html, :n) > 0""")
                .param("n", name).param("r", replacement).update();
    }

    /** Residency requests keep their dates and outcome (counts, history) but no address and no reasons about the person. */
    public void eraseResidencies(Long userId) {
        jdbc.sql("""
                UPDATE account_residency SET building = '', unit = '', room = '', decision_reason = NULL, revoke_reason = NULL,
                       status = CASE WHEN status IN ('PENDING', 'APPROVED') THEN 'WITHDRAWN' ELSE status END, version = version + 1
                WHERE user_id = :u""").param("u", userId).update();
    }

    public void eraseGrants(Long userId) {
        jdbc.sql("DELETE FROM account_role_grant WHERE user_id = :u").param("u", userId).update();
    }

    public List<Map<String, Object>> residencies(Long userId) {
        return jdbc.sql("""
                SELECT r.id, c.name AS community, g.name AS grid, r.building, r.unit, r.room, r.status, r.requested_at, r.decided_at,
                       r.decision_reason, r.revoked_at, r.revoke_reason
                FROM account_residency r JOIN place_community c ON c.id = r.community_id JOIN place_grid g ON g.id = r.grid_id
                WHERE r.user_id = :u ORDER BY r.requested_at""").param("u", userId).query().listOfRows();
    }

    public List<Map<String, Object>> grants(Long userId) {
        return jdbc.sql("""
                SELECT g.role, c.name AS community, o.name AS office, g.granted_at
                FROM account_role_grant g LEFT JOIN place_community c ON c.id = g.community_id LEFT JOIN place_office o ON o.id = g.office_id
                WHERE g.user_id = :u ORDER BY g.id""").param("u", userId).query().listOfRows();
    }

    /** When staff were shown the person's data and why (not who: staff names are theirs). */
    public List<Map<String, Object>> viewsOfMyData(Long userId) {
        return jdbc.sql("SELECT purpose, viewed_at FROM account_data_access WHERE subject_id = :u ORDER BY viewed_at DESC LIMIT 500")
                .param("u", userId).query().listOfRows();
    }
}
