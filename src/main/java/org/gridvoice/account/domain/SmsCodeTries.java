package org.gridvoice.account.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one try of the newest code of a number in a transaction of its own, before the typed code is
 * compared: the try stays counted when the caller refuses and rolls back, and parallel guesses cannot
 * get more than {@link SmsCodes#MAX_TRIES} comparisons out of one code.
 */
@Component
class SmsCodeTries {

    /** The newest code's state: why it cannot be tried, or its hash and the tries used with this one. */
    record Attempt(SmsCodes.Outcome refusal, long id, String codeHash, int tries) {
    }

    private record Row(long id, String codeHash, LocalDateTime expiresAt, int tries, LocalDateTime usedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SmsCodeTries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Attempt take(String phone, SmsCodePurpose purpose, Long userId) {
        Optional<Row> newest = jdbc.sql("""
                SELECT id, code_hash, expires_at, tries, used_at FROM account_sms_code
                WHERE phone = :phone AND purpose = :purpose AND user_id <=> :user ORDER BY id DESC LIMIT 1 FOR UPDATE""")
                .param("phone", phone).param("purpose", purpose.name()).param("user", userId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class), rs.getInt(4),
                        rs.getObject(5, LocalDateTime.class)))
                .optional();
        if (newest.isEmpty()) {
            return new Attempt(SmsCodes.Outcome.NO_CODE, 0, null, 0);
        }
        Row row = newest.get();
        if (row.usedAt() != null) {
            return new Attempt(SmsCodes.Outcome.USED, row.id(), null, row.tries());
        }
        if (row.tries() >= SmsCodes.MAX_TRIES) {
            return new Attempt(SmsCodes.Outcome.TOO_MANY_TRIES, row.id(), null, row.tries());
        }
        if (!row.expiresAt().isAfter(LocalDateTime.now(clock))) {
            return new Attempt(SmsCodes.Outcome.EXPIRED, row.id(), null, row.tries());
        }
        jdbc.sql("UPDATE account_sms_code SET tries = tries + 1 WHERE id = :id").param("id", row.id()).update();
        return new Attempt(null, row.id(), row.codeHash(), row.tries() + 1);
    }
}
