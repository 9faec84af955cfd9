package org.gridvoice.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a staff member was shown residents' personal data (residency details, contacts), so
 * administrators can see who looked at whose data. Call it from the service that hands the data to a
 * staff screen, with a purpose such as {@code VERIFICATION_QUEUE}, {@code STAFF_ENTRY}, {@code PAPER_BALLOT}.
 * Written in a transaction of its own: a read-only screen still leaves its trace.
 */
@Service
public class PersonalDataAccessLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonalDataAccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Long viewerId, Collection<Long> subjectIds, String purpose) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Long subject : subjectIds) {
            if (subject != null && !subject.equals(viewerId)) {
                jdbc.sql("INSERT INTO account_data_access (viewer_id, subject_id, purpose, viewed_at) VALUES (:viewer, :subject, :purpose, :now)")
                        .param("viewer", viewerId).param("subject", subject).param("purpose", purpose).param("now", now)
                        .update();
            }
        }
    }
}
