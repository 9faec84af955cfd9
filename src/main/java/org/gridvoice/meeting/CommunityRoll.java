package org.gridvoice.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.Households;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.RoleService;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.shared.validation.InputValidator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's roll and rules: what a residents' meeting's quorum and a residents' initiative's
 * threshold are counted against. The committee states the figures from its register; until it does,
 * the verified residents on GridVoice and their households stand in (and the page says so).
 */
@Service
@Transactional(readOnly = true)
public class CommunityRoll {

    private final JdbcClient jdbc;
    private final ResidencyService residencies;
    private final RoleService roles;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final AuditLog audit;
    private final Clock clock;

    CommunityRoll(JdbcClient jdbc, ResidencyService residencies, RoleService roles, CurrentUser currentUser, InputValidator validator,
                  AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.residencies = residencies;
        this.roles = roles;
        this.currentUser = currentUser;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    private record Row(Integer adultResidents, Integer households, Integer residentsGroups, int meetingQuorumPercent,
                       int initiativePercent, int initiativeGroupsPercent, int initiativeDeadlineDays) {
    }

    /** The community's roll now: the committee's stated figures, each missing one taken from the verified residents. */
    public RollCounts counts(Long communityId) {
        Row row = jdbc.sql("""
                SELECT adult_residents, households, residents_groups, meeting_quorum_percent, initiative_percent,
                       initiative_groups_percent, initiative_deadline_days
                FROM meeting_community_roll WHERE community_id = :c""").param("c", communityId).query(Row.class).optional()
                .orElse(new Row(null, null, null, 50, 20, 34, 30));
        boolean stated = row.adultResidents() != null && row.households() != null;
        int adults;
        int households;
        if (stated) {
            adults = row.adultResidents();
            households = row.households();
        } else {
            List<String> keys = residencies.verifiedResidentsIn(communityId, Set.of()).stream().map(Households::key).toList();
            adults = row.adultResidents() != null ? row.adultResidents() : keys.size();
            households = row.households() != null ? row.households() : (int) keys.stream().distinct().count();
        }
        return new RollCounts(communityId, adults, households, row.residentsGroups() == null ? 0 : row.residentsGroups(), stated,
                row.meetingQuorumPercent(), row.initiativePercent(), row.initiativeGroupsPercent(), row.initiativeDeadlineDays());
    }

    /** The committee states its community's roll and rules; on the audit chain. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void state(Long communityId, RollForm form) {
        validator.check(form);
        Long me = currentUser.requireId();
        if (!roles.committeeCommunities(me).contains(communityId)) {
            throw new AccessDeniedException("not a committee member of community " + communityId);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO meeting_community_roll (community_id, adult_residents, households, residents_groups, meeting_quorum_percent,
                    initiative_percent, initiative_groups_percent, initiative_deadline_days, updated_by, updated_at)
                VALUES (:c, :a, :h, :g, :q, :i, :ig, :d, :me, :now)
                ON DUPLICATE KEY UPDATE adult_residents = VALUES(adult_residents), households = VALUES(households),
                    residents_groups = VALUES(residents_groups), meeting_quorum_percent = VALUES(meeting_quorum_percent),
                    initiative_percent = VALUES(initiative_percent), initiative_groups_percent = VALUES(initiative_groups_percent),
                    initiative_deadline_days = VALUES(initiative_deadline_days), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""")
                .param("c", communityId).param("a", form.adultResidents()).param("h", form.households()).param("g", form.residentsGroups())
                .param("q", form.meetingQuorumPercent()).param("i", form.initiativePercent()).param("ig", form.initiativeGroupsPercent())
                .param("d", form.initiativeDeadlineDays()).param("me", me).param("now", now).update();
        audit.append(new AuditRecord("COMMUNITY_ROLL_STATED", "community", communityId, "committee:" + me,
                "adults " + form.adultResidents() + ", households " + form.households() + ", groups " + form.residentsGroups()
                        + ", meetingQuorumPercent " + form.meetingQuorumPercent() + ", initiativePercent " + form.initiativePercent()
                        + ", initiativeGroupsPercent " + form.initiativeGroupsPercent() + ", deadlineDays " + form.initiativeDeadlineDays()));
    }
}
