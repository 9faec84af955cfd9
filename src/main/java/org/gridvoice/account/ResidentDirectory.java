package org.gridvoice.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.account.domain.Residency;
import org.gridvoice.account.domain.ResidencyRepository;
import org.gridvoice.account.domain.RoleGrant;
import org.gridvoice.account.domain.RoleGrantRepository;
import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.account.domain.UserAccountRepository;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.PhoneNumbers;
import org.gridvoice.shared.SqlLike;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verified residents as staff of their community find and register them to enter input for them
 * (代录). Every list of residents shown to staff is written to the {@link PersonalDataAccessLog}
 * (purpose {@value #PURPOSE}). Staff serve the communities {@link StaffScope} names; others are
 * refused with {@link AccessDeniedException}.
 */
@Service
@Transactional(readOnly = true)
public class ResidentDirectory {

    public static final String PURPOSE = "STAFF_ENTRY";
    private static final int MAX_FOUND = 20;

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final ResidencyRepository residencies;
    private final RoleGrantRepository grants;
    private final StaffScope staff;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final PersonalDataAccessLog accessLog;
    private final AuditLog audit;
    private final Clock clock;

    ResidentDirectory(JdbcClient jdbc, UserAccountRepository users, ResidencyRepository residencies, RoleGrantRepository grants,
                      StaffScope staff, PlaceService places,
                      CurrentUser currentUser, InputValidator validator, PersonalDataAccessLog accessLog, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.residencies = residencies;
        this.grants = grants;
        this.staff = staff;
        this.places = places;
        this.currentUser = currentUser;
        this.validator = validator;
        this.accessLog = accessLog;
        this.audit = audit;
        this.clock = clock;
    }

    private record Row(Long userId, String name, Long communityId, Long gridId, String building, String unit, String room, String phone) {
    }

    private static final String SELECT = """
            SELECT u.id AS user_id, u.display_name AS name, r.community_id, r.grid_id, r.building, r.unit, r.room, u.phone
              FROM account_residency r JOIN account_user u ON u.id = r.user_id
             WHERE r.status = 'APPROVED' AND u.erased_at IS NULL AND u.disabled = FALSE""";

    /**
     * Verified residents of the signed-in staff member's communities whose name or building / unit /
     * room contains {@code text} (at most 20, by name); empty for blank text or a user who serves no community.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ResidentCard> search(String text) {
        Long me = currentUser.requireId();
        Set<Long> communities = staff.communitiesServedBy(me);
        if (text == null || text.isBlank() || communities.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql(SELECT + """
                 AND r.community_id IN (:communities)
                 AND (u.display_name LIKE :text OR CONCAT(r.building, ' ', r.unit, ' ', r.room) LIKE :text
                      OR CONCAT(r.building, r.unit, r.room) LIKE :text)
                ORDER BY u.display_name, u.id LIMIT :limit""")
                .param("communities", communities).param("text", SqlLike.containing(text)).param("limit", MAX_FOUND)
                .query(Row.class).list();
        accessLog.record(me, rows.stream().map(Row::userId).toList(), PURPOSE);
        return cards(rows);
    }

    /** One verified resident of the staff member's communities; AccessDeniedException for anyone else. */
    @PreAuthorize("isAuthenticated()")
    public ResidentCard card(Long residentId) {
        Long me = currentUser.requireId();
        ResidentCard card = verified(residentId).filter(c -> staff.serves(me, c.communityId()))
                .orElseThrow(() -> new AccessDeniedException("not a resident of a community this user serves"));
        accessLog.record(me, List.of(residentId), PURPOSE);
        return card;
    }

    /** The resident's approved residency, if any, for checks of other modules (no access is logged: nobody is shown it). */
    public Optional<ResidentCard> verified(Long userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return cards(jdbc.sql(SELECT + " AND u.id = :u").param("u", userId).query(Row.class).list()).stream().findFirst();
    }

    /** The resident's mobile number (E.164), for sending them a code; empty when they have none. */
    public Optional<String> phoneOf(Long userId) {
        return users.findById(userId).filter(u -> u.getErasedAt() == null).map(UserAccount::getPhone);
    }

    /**
     * Registers a resident without an account from the verified residency data: an account with the
     * phone (if any; they take it over by signing in with it) and a residency approved by the signed-in
     * staff member, who must serve the grid's community. InvalidInput for a bad form, an unknown grid,
     * an invalid or already used phone number.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ResidentCard register(ResidentRegistration form) {
        validator.check(form);
        Long me = currentUser.requireId();
        GridSummary grid = places.grid(form.gridId()).filter(g -> !g.retired())
                .orElseThrow(() -> InvalidInput.of("gridId", "residency.error.grid-unknown"));
        if (!staff.serves(me, grid.communityId())) {
            throw InvalidInput.of("gridId", "attest.error.outside-community");
        }
        String phone = null;
        if (form.phone() != null && !form.phone().isBlank()) {
            phone = PhoneNumbers.normalise(form.phone()).orElseThrow(() -> InvalidInput.of("phone", "attest.error.phone"));
            if (users.existsByPhone(phone)) {
                throw InvalidInput.of("phone", "attest.error.phone-taken");
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        UserAccount user = users.save(UserAccount.withPhone(phone, form.name().strip(), "zh-CN", now, me));
        Residency residency = new Residency(user.getId(), grid.communityId(), grid.id(), form.building().strip(), form.unit().strip(),
                form.room().strip(), now);
        residency.approve(me, now);
        residencies.save(residency);
        grants.save(new RoleGrant(user.getId(), Role.RESIDENT, null, null, now, me));
        // ids only: who the resident is and where they live stay off the public chain
        audit.append(new AuditRecord("RESIDENT_REGISTERED_BY_STAFF", "account_user", user.getId(), "staff:" + me,
                "residency " + residency.getId()));
        return new ResidentCard(user.getId(), user.getDisplayName(), grid.communityId(), grid.id(), grid.fullName(), residency.getBuilding(),
                residency.getUnit(), residency.getRoom(), PhoneNumbers.mask(phone));
    }

    private List<ResidentCard> cards(List<Row> rows) {
        var grids = places.gridsOf(rows.stream().map(Row::gridId).collect(java.util.stream.Collectors.toSet())).stream()
                .collect(java.util.stream.Collectors.toMap(GridSummary::id, GridSummary::fullName));
        return rows.stream().map(r -> new ResidentCard(r.userId(), r.name(), r.communityId(), r.gridId(), grids.getOrDefault(r.gridId(), ""),
                r.building(), r.unit(), r.room(), PhoneNumbers.mask(r.phone()))).toList();
    }
}
