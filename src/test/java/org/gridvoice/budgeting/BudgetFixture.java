package org.gridvoice.budgeting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.BudgetForm;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.support.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A budget consultation of 幸福里 (grids 1 and 2, category environment, one endorsement qualifies) in
 * its proposals phase, with costed proposals written by a resident of grid 1 and endorsed by one of
 * grid 2, driven through the real services.
 */
@Component
public class BudgetFixture {

    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final People people;
    private final JdbcClient jdbc;

    public SignedInUser committee;
    public SignedInUser author;
    public SignedInUser endorser;
    public Long consultation;
    public long environment;
    public final List<Long> projects = new ArrayList<>();

    BudgetFixture(ConsultationService consultations, ProposalService proposals, People people, JdbcClient jdbc) {
        this.consultations = consultations;
        this.proposals = proposals;
        this.people = people;
        this.jdbc = jdbc;
    }

    /** A published consultation in its proposals phase, with this budget (null: an ordinary one). */
    public BudgetFixture consultation(Long totalYuan, Long capYuan) {
        projects.clear();
        environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "民生微实事" + System.nanoTime(), "说明",
                false, Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 1));
        if (totalYuan != null) {
            consultations.setBudget(consultation, new BudgetForm(totalYuan, capYuan));
        }
        consultations.publish(consultation);
        author = people.verifiedResidentOf(1L);
        endorser = people.verifiedResidentOf(2L);
        return this;
    }

    /** A proposal of this cost, qualified by one endorsement; returns its id. */
    public Long project(String title, long costYuan) {
        People.actAs(author);
        Long id = proposals.create(new ProposalForm(consultation, title, "内容", environment, 1L, null, false, costYuan));
        People.actAs(endorser);
        proposals.endorse(id);
        projects.add(id);
        return id;
    }

    /** Ends the proposals phase early (the committee), into deliberation. */
    public void deliberate() {
        People.actAs(committee);
        consultations.closePhaseEarly(consultation, new ReasonForm("结束征集"));
    }

    /** Ends deliberation early (the committee): voting opens. */
    public void openVoting() {
        People.actAs(committee);
        consultations.closePhaseEarly(consultation, new ReasonForm("结束讨论"));
    }

    public void closeVoting() {
        People.actAs(committee);
        consultations.closePhaseEarly(consultation, new ReasonForm("投票结束"));
    }
}
