package org.gridvoice.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.gridvoice.account.Role;
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

/**
 * Every change that makes the responsibility list route differently is on the audit chain, in its
 * own transaction, with ids and the basis's hash only; a refused change leaves no entry. Uses the
 * category “养老助残” (care) in 梅园's second grid, which nothing else lists, with dates a month
 * ahead, so no routing of other tests changes; the rows are removed afterwards (the chain keeps its entries).
 */
@GridVoiceTest
class ResponsibilityChainTest {

    private static final long MEIYUAN_GRID_2 = 5L;
    private static final long XINGFULI_STATION = 1L;
    private static final long MEIYUAN_STATION = 2L;
    private static final long CENTRE = 4L;
    private static final String BASIS = "《新华路街道网格工作职责清单》第 9 条：独居老人探访";

    @Autowired ResponsibilityService responsibilities;
    @Autowired AuditTrail trail;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private long care;
    private SignedInUser admin;
    private LocalDateTime from;

    @BeforeEach
    void admin() {
        care = jdbc.sql("SELECT id FROM place_category WHERE code = 'care'").query(Long.class).single();
        admin = people.admin();
        People.actAs(admin);
        from = LocalDateTime.now().plusDays(30).truncatedTo(ChronoUnit.MINUTES);
    }

    @AfterEach
    void removeTheEntries() {
        People.signOut();
        String mine = "SELECT id FROM responsibility_version WHERE category_id = :c AND place_level = 'GRID' AND place_id = :g";
        List<Long> ids = jdbc.sql(mine).param("c", care).param("g", MEIYUAN_GRID_2).query(Long.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("DELETE FROM responsibility_co_office WHERE version_id IN (:ids)").param("ids", ids).update();
            jdbc.sql("DELETE FROM responsibility_version WHERE id IN (:ids)").param("ids", ids).update();
        }
    }

    private ResponsibilityForm form(long office, Set<Long> co, LocalDateTime at) {
        return new ResponsibilityForm(care, PlaceLevel.GRID, MEIYUAN_GRID_2, office, co, 24, 7, BASIS, at);
    }

    private long listEntries() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE kind IN ('RESPONSIBILITY_PUBLISHED', 'RESPONSIBILITY_RETIRED', 'STREET_OFFICES_SET')")
                .query(Long.class).single();
    }

    private long latestVersion(long entryId) {
        return responsibilities.history(entryId).getFirst().id();
    }

    @Test
    void publishing_a_version_and_retiring_the_entry_put_ids_dates_and_the_basis_hash_on_the_chain() {
        Long entry = responsibilities.save(null, form(MEIYUAN_STATION, Set.of(XINGFULI_STATION), from));
        List<AuditEntry> chained = trail.entriesFor("responsibility", entry);
        assertThat(chained).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("RESPONSIBILITY_PUBLISHED");
            assertThat(e.actorRef()).isEqualTo("admin:" + admin.id());
            assertThat(e.payload()).isEqualTo("version " + latestVersion(entry) + ", category " + care + ", GRID " + MEIYUAN_GRID_2
                    + ", lead office " + MEIYUAN_STATION + ", co-offices [" + XINGFULI_STATION + "], accept within 24 h, resolve within 7 days,"
                    + " from " + from + ", basis sha256 " + AuditRecord.textHash(BASIS));
            assertThat(e.payload()).as("no words of the basis, no office names").doesNotContain("新华路", "独居", "网格站");
        });

        // a change is a new version of the same entry: a second entry on the same object
        responsibilities.save(entry, new ResponsibilityForm(care, PlaceLevel.GRID, MEIYUAN_GRID_2, CENTRE, Set.of(), 12, 5, BASIS + "（修订）",
                from.plusDays(1)));
        responsibilities.retire(entry, from.plusDays(2));
        chained = trail.entriesFor("responsibility", entry);
        assertThat(chained).extracting(AuditEntry::kind)
                .containsExactly("RESPONSIBILITY_PUBLISHED", "RESPONSIBILITY_PUBLISHED", "RESPONSIBILITY_RETIRED");
        assertThat(chained.get(1).payload()).startsWith("version " + latestVersion(entry) + ", ").contains("lead office " + CENTRE + ",")
                .endsWith("basis sha256 " + AuditRecord.textHash(BASIS + "（修订）"));
        assertThat(chained.get(2).payload()).isEqualTo("until " + from.plusDays(2));
        assertThat(chained.get(2).seq()).isGreaterThan(chained.get(1).seq());
    }

    @Test
    void setting_a_streets_offices_puts_them_on_the_chain() {
        StreetOffices current = responsibilities.streetOffices(1L).orElseThrow();
        long before = trail.entriesFor("street", 1L).size();
        responsibilities.setStreetOffices(1L, current);
        assertThat(trail.entriesFor("street", 1L)).hasSize((int) before + 1).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("STREET_OFFICES_SET");
            assertThat(e.actorRef()).isEqualTo("admin:" + admin.id());
            assertThat(e.payload()).isEqualTo("default office " + current.defaultOfficeId() + ", coordinator office "
                    + current.coordinatorOfficeId() + ", accept within " + current.responseHours() + " h, resolve within "
                    + current.resolutionDays() + " days");
        });
    }

    @Test
    void a_refused_change_appends_nothing() {
        Long entry = responsibilities.save(null, form(MEIYUAN_STATION, Set.of(), from));
        long before = listEntries();

        assertThatThrownBy(() -> responsibilities.save(entry, form(CENTRE, Set.of(), LocalDateTime.now().minusDays(1))))
                .as("a version in the past").isInstanceOf(InvalidInput.class).hasMessageContaining("responsibility.error.past");
        assertThatThrownBy(() -> responsibilities.save(null, form(CENTRE, Set.of(), from.plusDays(3))))
                .as("a second entry for the same category and place").isInstanceOf(InvalidInput.class)
                .hasMessageContaining("responsibility.error.duplicate-entry");
        assertThatThrownBy(() -> responsibilities.save(entry, form(999L, Set.of(), from.plusDays(1))))
                .as("an unknown office").isInstanceOf(InvalidInput.class).hasMessageContaining("responsibility.error.office");
        assertThatThrownBy(() -> responsibilities.retire(-1L, from)).as("an unknown entry")
                .isInstanceOf(InvalidInput.class).hasMessageContaining("responsibility.error.not-found");
        assertThatThrownBy(() -> responsibilities.setStreetOffices(1L, new StreetOffices(999L, CENTRE, 24, 15)))
                .as("an unknown default office").isInstanceOf(InvalidInput.class).hasMessageContaining("responsibility.error.office");
        People.actAs(people.create(Role.OFFICE_LEAD, MEIYUAN_STATION));
        assertThatThrownBy(() -> responsibilities.save(entry, form(CENTRE, Set.of(), from.plusDays(1))))
                .as("not an administrator").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responsibilities.retire(entry, from)).isInstanceOf(AccessDeniedException.class);

        assertThat(listEntries()).isEqualTo(before);
        assertThat(responsibilities.history(entry)).as("and the entry is unchanged").singleElement()
                .satisfies(v -> assertThat(v.effectiveTo()).isNull());
    }
}
