package org.gridvoice.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditEntry;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.audit.AuditTrail;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Publication, date moves and early closes are one chain entry each, by the committee member, with dates and hashes only. */
@GridVoiceTest
class ConsultationChainTest {

    private static final String DESCRIPTION = "## 背景\n\n3号楼 502 门口积水";

    @Autowired ConsultationService consultations;
    @Autowired AuditTrail trail;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private SignedInUser committee;
    private final LocalDateTime open = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).minusHours(1);

    @BeforeEach
    void signIn() {
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private ConsultationForm form(String title, LocalDateTime votingCloseAt) {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        return new ConsultationForm(People.COMMUNITY_XINGFULI, title, DESCRIPTION, false, Set.of(1L, 2L), Set.of(environment),
                open, open.plusDays(14), open.plusDays(21), votingCloseAt, 5);
    }

    private List<AuditEntry> entries(Long id) {
        return trail.entriesFor("consultation", id);
    }

    @Test
    void publication_records_the_four_dates_and_the_hashes_of_title_and_description() {
        String title = "链上积水" + System.nanoTime();
        Long id = consultations.create(form("  " + title + " ", open.plusDays(28)));
        assertThat(entries(id)).as("a draft is no public decision").isEmpty();

        consultations.publish(id);

        assertThat(entries(id)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("CONSULTATION_PUBLISHED");
            assertThat(e.actorRef()).isEqualTo("committee:" + committee.id());
            assertThat(e.payload()).isEqualTo("proposals " + open + " to " + open.plusDays(14) + ", voting " + open.plusDays(21)
                    + " to " + open.plusDays(28) + ", title sha256 " + AuditRecord.textHash(title) + ", description sha256 "
                    + AuditRecord.textHash(DESCRIPTION));
            // outside its hashes (whose hex digits may spell anything)
            assertThat(e.payload().replaceAll("[0-9a-f]{64}", "")).doesNotContain("积水", "502");
        });
    }

    @Test
    void a_date_moved_forward_is_one_entry_from_the_old_to_the_new_date_and_an_edit_of_the_text_is_none() {
        String title = "改期" + System.nanoTime();
        Long id = consultations.create(form(title, open.plusDays(28)));
        consultations.publish(id);
        consultations.update(id, consultations.details(id).version(), form(title, open.plusDays(35)));
        consultations.update(id, consultations.details(id).version(), form(title + "（修订）", open.plusDays(35)));

        assertThat(entries(id)).extracting(AuditEntry::kind).containsExactly("CONSULTATION_PUBLISHED", "CONSULTATION_DATES_MOVED");
        assertThat(entries(id).getLast().payload()).isEqualTo("votingCloseAt from " + open.plusDays(28) + " to " + open.plusDays(35));
        assertThat(entries(id).getLast().actorRef()).isEqualTo("committee:" + committee.id());
    }

    @Test
    void an_early_close_records_the_phase_the_moment_and_the_reasons_hash() {
        Long id = consultations.create(form("提前结束" + System.nanoTime(), open.plusDays(28)));
        consultations.publish(id);
        consultations.closePhaseEarly(id, new ReasonForm(" 征集到的建议已足够 "));

        assertThat(entries(id)).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("PHASE_CLOSED_EARLY");
            assertThat(e.actorRef()).isEqualTo("committee:" + committee.id());
            assertThat(e.payload()).matches("PROPOSALS at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?, reason sha256 "
                    + AuditRecord.textHash("征集到的建议已足够"));
        });
        assertThat(entries(id)).extracting(AuditEntry::kind).containsExactly("CONSULTATION_PUBLISHED", "PHASE_CLOSED_EARLY");
    }

    @Test
    void a_refused_decision_appends_nothing() {
        String title = "拒绝" + System.nanoTime();
        Long id = consultations.create(form(title, open.plusDays(28)));
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> consultations.publish(id)).isInstanceOf(AccessDeniedException.class);
        People.actAs(people.resident());
        assertThatThrownBy(() -> consultations.publish(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(entries(id)).isEmpty();

        People.actAs(committee);
        consultations.publish(id);
        assertThatThrownBy(() -> consultations.publish(id)).isInstanceOf(InvalidInput.class);
        long version = consultations.details(id).version();
        assertThatThrownBy(() -> consultations.update(id, version, form(title, open.plusDays(27)))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("consultation.error.date-backwards");
        assertThatThrownBy(() -> consultations.closePhaseEarly(id, new ReasonForm(" "))).isInstanceOf(InvalidInput.class);
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> consultations.closePhaseEarly(id, new ReasonForm("越权"))).isInstanceOf(AccessDeniedException.class);

        assertThat(entries(id)).extracting(AuditEntry::kind).containsExactly("CONSULTATION_PUBLISHED");
    }
}
