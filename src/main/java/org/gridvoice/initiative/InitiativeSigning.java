package org.gridvoice.initiative;

import java.time.Clock;
import java.time.LocalDateTime;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.Households;
import org.gridvoice.account.ResidentCard;
import org.gridvoice.account.ResidentDirectory;
import org.gridvoice.account.RoleService;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.initiative.domain.InitiativeStore;
import org.gridvoice.meeting.CommunityRoll;
import org.gridvoice.meeting.RollCounts;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening an initiative and signing it. Every refusal is an {@link InvalidInput} with the reason of
 * {@link Signing} (or of the form) and nothing is stored. Signatures are counted under the initiative's row
 * lock; the signature that reaches the threshold marks it met in its own transaction, starts the committee's
 * deadline and tells the committee ({@link InitiativeThresholdMet}). On the audit chain under a pseudonym per
 * initiative: who signed is never named there.
 */
@Service
@Transactional
public class InitiativeSigning {

    private final InitiativeStore store;
    private final ResidentDirectory residents;
    private final CommunityRoll roll;
    private final RoleService roles;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final MarkdownRenderer markdown;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InitiativeSigning(InitiativeStore store, ResidentDirectory residents, CommunityRoll roll, RoleService roles, CurrentUser currentUser,
                      InputValidator validator, MarkdownRenderer markdown, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.residents = residents;
        this.roll = roll;
        this.roles = roles;
        this.currentUser = currentUser;
        this.validator = validator;
        this.markdown = markdown;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The signed-in verified resident opens an initiative in their own community, signed by them; returns its id.
     * InvalidInput for an empty or too long title or text, or a reader who is not a verified resident.
     */
    @PreAuthorize("isAuthenticated()")
    public Long open(InitiativeForm form) {
        validator.check(form);
        Long me = currentUser.requireId();
        ResidentCard resident = residents.verified(me).orElseThrow(() -> InvalidInput.of(null, "initiative.error.not-verified"));
        String text = form.text().strip();
        LocalDateTime now = LocalDateTime.now(clock);
        long id = store.insert(resident.communityId(), form.title().strip(), text, markdown.toHtml(text), me, now);
        audit.append(new AuditRecord("INITIATIVE_OPENED", "initiative", id, audit.pseudonym(me, context(id)),
                "community " + resident.communityId() + "; text sha256 " + AuditRecord.textHash(form.title().strip() + "\n" + text)));
        sign(store.lock(id).orElseThrow(), me, resident, now);
        return id;
    }

    /**
     * The signed-in resident signs. InvalidInput: unknown initiative, signed already, no longer collecting
     * signatures, not a verified resident, a resident of another community.
     */
    @PreAuthorize("isAuthenticated()")
    public void sign(Long initiativeId) {
        Long me = currentUser.requireId();
        InitiativeStore.Row row = store.lock(initiativeId).orElseThrow(() -> InvalidInput.of(null, "initiative.error.not-found"));
        ResidentCard resident = residents.verified(me).orElse(null);
        String refusal = Signing.signRefusal(row.state(), true, resident == null ? null : resident.communityId(), row.communityId(),
                store.signed(initiativeId, me));
        if (refusal != null) {
            throw InvalidInput.of(null, refusal);
        }
        sign(row, me, resident, LocalDateTime.now(clock));
    }

    /** The signed-in resident takes back their signature; InvalidInput when they have none or the threshold is met. */
    @PreAuthorize("isAuthenticated()")
    public void withdraw(Long initiativeId) {
        Long me = currentUser.requireId();
        InitiativeStore.Row row = store.lock(initiativeId).orElseThrow(() -> InvalidInput.of(null, "initiative.error.not-found"));
        String refusal = Signing.withdrawRefusal(row.state(), store.signed(initiativeId, me));
        if (refusal != null) {
            throw InvalidInput.of(null, refusal);
        }
        store.removeSignature(initiativeId, me);
        InitiativeStore.Counts counts = store.recount(initiativeId);
        audit.append(new AuditRecord("INITIATIVE_WITHDRAWN", "initiative", initiativeId, audit.pseudonym(me, context(initiativeId)),
                "signers " + counts.signers() + ", households " + counts.households()));
    }

    private void sign(InitiativeStore.Row row, Long me, ResidentCard resident, LocalDateTime now) {
        store.addSignature(row.id(), me, Households.key(resident.communityId(), resident.gridId(), resident.building(), resident.unit(),
                resident.room()), now);
        InitiativeStore.Counts counts = store.recount(row.id());
        audit.append(new AuditRecord("INITIATIVE_SIGNED", "initiative", row.id(), audit.pseudonym(me, context(row.id())),
                "signers " + counts.signers() + ", households " + counts.households()));
        RollCounts rollNow = roll.counts(row.communityId());
        Threshold threshold = Threshold.of(rollNow, counts.signers(), counts.households());
        if (threshold.met()) {
            LocalDateTime deadline = now.plusDays(rollNow.initiativeDeadlineDays());
            store.markMet(row.id(), now, deadline);
            audit.append(new AuditRecord("INITIATIVE_THRESHOLD_MET", "initiative", row.id(), "residents",
                    "signers " + counts.signers() + " of " + threshold.adults() + " adults, households " + counts.households() + " of "
                            + threshold.householdTotal() + ", percent " + threshold.percent() + (threshold.stated() ? " (stated roll)" : "")
                            + ", deadline " + deadline));
            events.publishEvent(new InitiativeThresholdMet(row.id(), row.title(), row.communityId(), deadline, row.openedBy(),
                    roles.committeeMembersOf(row.communityId())));
        }
    }

    static String context(Long initiativeId) {
        return "initiative:" + initiativeId;
    }
}
