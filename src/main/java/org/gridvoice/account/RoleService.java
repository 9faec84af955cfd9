package org.gridvoice.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.account.domain.RoleGrant;
import org.gridvoice.account.domain.RoleGrantRepository;
import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.account.domain.UserAccountRepository;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role where. Administrators list accounts and grant or revoke roles; any
 * module may ask which communities or offices a user serves. A granted or revoked role takes
 * effect at the user's next request (account.security.CurrentRolesFilter); services check
 * scopes on every call.
 */
@Service
@Transactional(readOnly = true)
public class RoleService {

    private final UserAccountRepository users;
    private final RoleGrantRepository grants;
    private final PlaceService places;
    private final OfficeService offices;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccountNames names;

    RoleService(UserAccountRepository users, RoleGrantRepository grants, PlaceService places, OfficeService offices,
                InputValidator validator, CurrentUser currentUser, Clock clock, AccountNames names) {
        this.names = names;
        this.users = users;
        this.grants = grants;
        this.places = places;
        this.offices = offices;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of accounts matching the text (email or name), each with its roles: three statements per page. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AccountSummary> accounts(String text, Pageable pageable) {
        Page<UserAccount> page = users.search(text == null || text.isBlank() ? null : text.strip(), pageable);
        Map<Long, List<RoleGrantSummary>> byUser = summaries(grants.findByUserIdInOrderById(page.map(UserAccount::getId).toList()))
                .stream().collect(Collectors.groupingBy(RoleGrantSummary::userId));
        return page.map(u -> new AccountSummary(u.getId(), u.getEmail(), names.of(u), u.isEmailConfirmed(),
                byUser.getOrDefault(u.getId(), List.of())));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<RoleGrantSummary> grantsOf(Long userId) {
        return summaries(grants.findByUserIdOrderById(userId));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RoleGrantSummary grant(Long userId, GrantForm form) {
        validator.check(form);
        if (users.findById(userId).orElseThrow(() -> InvalidInput.of(null, "account.error.user-unknown")).getErasedAt() != null) {
            throw InvalidInput.of(null, "privacy.error.erased");
        }
        Role role = form.role();
        Long communityId = role.scopedToCommunity() ? form.communityId() : null;
        Long officeId = role.scopedToOffice() ? form.officeId() : null;
        if (role.scopedToCommunity() && places.community(communityId).filter(c -> !c.retired()).isEmpty()) {
            throw InvalidInput.of("communityId", "account.error.scope-community-required");
        }
        if (role.scopedToOffice() && offices.office(officeId).filter(o -> !o.retired()).isEmpty()) {
            throw InvalidInput.of("officeId", "account.error.scope-office-required");
        }
        boolean duplicate = grants.findByUserIdOrderById(userId).stream().anyMatch(g -> g.getRole() == role
                && java.util.Objects.equals(g.getCommunityId(), communityId) && java.util.Objects.equals(g.getOfficeId(), officeId));
        if (duplicate) {
            throw InvalidInput.of("role", "account.error.role-held");
        }
        RoleGrant saved = grants.save(new RoleGrant(userId, role, communityId, officeId, LocalDateTime.now(clock), currentUser.requireId()));
        return summaries(List.of(saved)).getFirst();
    }

    /** Revokes a grant. An administrator cannot take the ADMIN role from themselves, nor remove the last administrator. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(Long grantId) {
        RoleGrant grant = grants.findById(grantId).orElseThrow(() -> InvalidInput.of(null, "account.error.grant-unknown"));
        if (grant.getRole() == Role.ADMIN && (grant.getUserId().equals(currentUser.requireId()) || grants.countByRole(Role.ADMIN) <= 1)) {
            throw InvalidInput.of(null, "account.error.keep-own-admin");
        }
        grants.delete(grant);
        // the next request already sees the new roles; still, every open session of that account ends
        users.endAllSessions(grant.getUserId());
    }

    /** Communities in which the user sits on the residents' committee. */
    public Set<Long> committeeCommunities(Long userId) {
        return grants.findByUserIdAndRole(userId, Role.COMMITTEE).stream().map(RoleGrant::getCommunityId).collect(Collectors.toSet());
    }

    /** Offices the user works in, as officer or lead. */
    public Set<Long> officesOf(Long userId) {
        return grants.findByUserIdOrderById(userId).stream().filter(g -> g.getRole().scopedToOffice())
                .map(RoleGrant::getOfficeId).collect(Collectors.toSet());
    }

    /** Offices the user leads. */
    public Set<Long> ledOffices(Long userId) {
        return grants.findByUserIdOrderById(userId).stream().filter(g -> g.getRole() == Role.OFFICE_LEAD)
                .map(RoleGrant::getOfficeId).collect(Collectors.toSet());
    }

    /** Ids of every administrator (for notifications). */
    public List<Long> administratorIds() {
        return grants.findByRole(Role.ADMIN).stream().map(RoleGrant::getUserId).distinct().toList();
    }

    /** Ids of the committee members of a community (for notifications and queues). */
    public List<Long> committeeMembersOf(Long communityId) {
        return grants.findByRoleAndCommunityId(Role.COMMITTEE, communityId).stream().map(RoleGrant::getUserId).toList();
    }

    /** Ids of an office's leads (for deadline warnings) or, with {@code leadsOnly} false, of all its staff. */
    public List<Long> staffIdsOf(Long officeId, boolean leadsOnly) {
        return grants.findByOfficeIdOrderById(officeId).stream().filter(g -> !leadsOnly || g.getRole() == Role.OFFICE_LEAD)
                .map(RoleGrant::getUserId).distinct().toList();
    }

    /** The people of an office with their roles: name, email, role. */
    @PreAuthorize("isAuthenticated()")
    public List<AccountSummary> staffOf(Long officeId) {
        List<RoleGrant> staff = grants.findByOfficeIdOrderById(officeId);
        Map<Long, UserAccount> byId = users.findAllById(staff.stream().map(RoleGrant::getUserId).toList()).stream()
                .collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        Map<Long, List<RoleGrantSummary>> grantsByUser = summaries(staff).stream()
                .collect(Collectors.groupingBy(RoleGrantSummary::userId));
        return grantsByUser.entrySet().stream()
                .map(e -> {
                    UserAccount u = byId.get(e.getKey());
                    return new AccountSummary(u.getId(), u.getEmail(), names.of(u), u.isEmailConfirmed(), e.getValue());
                })
                .sorted(java.util.Comparator.comparing(AccountSummary::displayName))
                .toList();
    }

    private List<RoleGrantSummary> summaries(Collection<RoleGrant> list) {
        Map<Long, String> communityNames = places.communitiesOf(ids(list, RoleGrant::getCommunityId)).stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        Map<Long, String> officeNames = offices.officesOf(ids(list, RoleGrant::getOfficeId)).stream()
                .collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
        return list.stream().map(g -> new RoleGrantSummary(g.getId(), g.getUserId(), g.getRole(), g.getCommunityId(),
                communityNames.get(g.getCommunityId()), g.getOfficeId(), officeNames.get(g.getOfficeId()))).toList();
    }

    private static Set<Long> ids(Collection<RoleGrant> list, Function<RoleGrant, Long> id) {
        return list.stream().map(id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
