package org.gridvoice.initiative;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.PersonalDataAccessLog;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.ResidentCard;
import org.gridvoice.account.ResidentDirectory;
import org.gridvoice.account.RoleService;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.account.VerifiedResident;
import org.gridvoice.initiative.domain.InitiativeStore;
import org.gridvoice.meeting.CommunityRoll;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading initiatives: the public list and page (counts only), and the list of signers, which only the
 * committee of the initiative's community may read ({@link AccessDeniedException} for anyone else); every
 * page of signers shown is written to the {@link PersonalDataAccessLog} ({@value #PURPOSE}).
 */
@Service
@Transactional(readOnly = true)
public class InitiativeService {

    public static final String PURPOSE = "INITIATIVE_SIGNERS";

    private final InitiativeStore store;
    private final CommunityRoll roll;
    private final PlaceService places;
    private final ResidentDirectory residents;
    private final ResidencyService residencies;
    private final RoleService roles;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final PersonalDataAccessLog accessLog;

    InitiativeService(InitiativeStore store, CommunityRoll roll, PlaceService places, ResidentDirectory residents,
                      ResidencyService residencies, RoleService roles, AccountService accounts, CurrentUser currentUser,
                      PersonalDataAccessLog accessLog) {
        this.store = store;
        this.roll = roll;
        this.places = places;
        this.residents = residents;
        this.residencies = residencies;
        this.roles = roles;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.accessLog = accessLog;
    }

    /** Initiatives newest first, of one status or all ({@code status} null), paged in the database. */
    public Page<InitiativeSummary> list(InitiativeStatus status, Pageable pageable) {
        List<InitiativeStore.Row> rows = store.page(status, pageable.getOffset(), pageable.getPageSize());
        Map<Long, String> communities = places.communitiesOf(rows.stream().map(InitiativeStore.Row::communityId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        return new PageImpl<>(rows.stream().map(r -> summary(r, communities.get(r.communityId()))).toList(), pageable, store.count(status));
    }

    /** The initiative as the reader sees it. InvalidInput {@code initiative.error.not-found} for an unknown id. */
    public InitiativeDetails details(Long id) {
        InitiativeStore.Row row = store.find(id).orElseThrow(() -> InvalidInput.of(null, "initiative.error.not-found"));
        String community = places.community(row.communityId()).map(CommunitySummary::name).orElse("");
        Threshold threshold = Threshold.of(roll.counts(row.communityId()), row.signers(), row.households());
        Long me = currentUser.get().map(SignedInUser::id).orElse(null);
        boolean signed = store.signed(id, me);
        Long myCommunity = residents.verified(me).map(ResidentCard::communityId).orElse(null);
        return new InitiativeDetails(summary(row, community), row.bodyHtml(), threshold, row.thresholdMetAt(), row.escalatedAt(),
                row.meetingId(), row.meetingStartsAt(), signed, Signing.signRefusal(row.state(), me != null, myCommunity, row.communityId(), signed),
                Signing.withdrawRefusal(row.state(), signed), me != null && roles.committeeCommunities(me).contains(row.communityId()));
    }

    /** Whether the signed-in user is a verified resident (who may open an initiative in their community). */
    public boolean mayOpen() {
        return currentUser.get().flatMap(u -> residents.verified(u.id())).isPresent();
    }

    /**
     * The signers, in the order they signed, with name and address: for the committee of the initiative's
     * community only (AccessDeniedException otherwise). Logged as seen.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    public Page<Signer> signers(Long id, Pageable pageable) {
        InitiativeStore.Row row = store.find(id).orElseThrow(() -> InvalidInput.of(null, "initiative.error.not-found"));
        Long me = currentUser.requireId();
        if (!roles.committeeCommunities(me).contains(row.communityId())) {
            throw new AccessDeniedException("not a committee member of community " + row.communityId());
        }
        List<InitiativeStore.SignatureRow> page = store.signatures(id, pageable.getOffset(), pageable.getPageSize());
        List<Long> ids = page.stream().map(InitiativeStore.SignatureRow::userId).toList();
        Map<Long, String> names = accounts.displayNames(ids);
        Map<Long, VerifiedResident> addresses = residencies.verifiedResidentsIn(row.communityId(), Set.of()).stream()
                .filter(r -> ids.contains(r.userId())).collect(Collectors.toMap(VerifiedResident::userId, Function.identity(), (a, b) -> a));
        Map<Long, String> grids = gridNames(addresses.values().stream().map(VerifiedResident::gridId).collect(Collectors.toSet()));
        if (!ids.isEmpty()) {
            accessLog.record(me, ids, PURPOSE);
        }
        List<Signer> signers = page.stream().map(s -> {
            VerifiedResident at = addresses.get(s.userId());
            return new Signer(s.userId(), names.getOrDefault(s.userId(), ""), at == null ? "" : grids.getOrDefault(at.gridId(), ""),
                    at == null ? "" : String.join(" ", at.building(), at.unit(), at.room()), s.signedAt(), s.userId().equals(row.openedBy()));
        }).toList();
        return new PageImpl<>(signers, pageable, row.signers());
    }

    private Map<Long, String> gridNames(Collection<Long> ids) {
        return places.gridsOf(ids).stream().collect(Collectors.toMap(GridSummary::id, GridSummary::fullName));
    }

    private static InitiativeSummary summary(InitiativeStore.Row r, String community) {
        return new InitiativeSummary(r.id(), r.communityId(), community == null ? "" : community, r.title(), r.state(), r.signers(),
                r.households(), r.openedAt(), r.deadlineAt(), r.escalatedAt() != null);
    }
}
