package org.gridvoice.proposal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.domain.Proposal;
import org.springframework.stereotype.Component;

/**
 * The names of proposals' authors as the signed-in reader may see them. An author who chose not to
 * show their name is shown by name only to themselves and to the committee of the consultation's
 * community (who moderate it); everyone else reads no name.
 */
@Component
class AuthorNames {

    private final AccountService accounts;
    private final RoleService roles;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;

    AuthorNames(AccountService accounts, RoleService roles, ConsultationService consultations, CurrentUser currentUser) {
        this.accounts = accounts;
        this.roles = roles;
        this.consultations = consultations;
        this.currentUser = currentUser;
    }

    /** The author's name by proposal id, for those the reader may see; the others are absent. One statement for the names. */
    Map<Long, String> visibleTo(Collection<Proposal> proposals) {
        Long me = currentUser.get().map(SignedInUser::id).orElse(null);
        Set<Long> committees = null;
        Map<Long, Long> communityOf = new HashMap<>();
        Map<Long, Long> authorOf = new HashMap<>();
        for (Proposal p : proposals) {
            boolean visible = p.isAuthorShown() || Objects.equals(me, p.getAuthorId());
            if (!visible && me != null) {
                if (committees == null) {
                    committees = roles.committeeCommunities(me);
                }
                visible = !committees.isEmpty() && committees.contains(communityOf.computeIfAbsent(p.getConsultationId(),
                        c -> consultations.scopeOf(c).communityId()));
            }
            if (visible) {
                authorOf.put(p.getId(), p.getAuthorId());
            }
        }
        if (authorOf.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = accounts.displayNames(Set.copyOf(authorOf.values()));
        return authorOf.entrySet().stream().filter(e -> names.get(e.getValue()) != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> names.get(e.getValue())));
    }
}
