package org.gridvoice.voting;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.support.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A consultation of 幸福里 for grids 1 and 2 with three qualified proposals (甲, 乙, 丙) and three
 * voters (two of grid 1, one of grid 2), driven through the real services.
 */
@Component
public class VotingFixture {

    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final VotingRulesService rules;
    private final VoteService votes;
    private final People people;
    private final JdbcClient jdbc;

    public SignedInUser committee;
    public Long consultation;
    public Long a;
    public Long b;
    public Long c;
    public SignedInUser[] voters;

    VotingFixture(ConsultationService consultations, ProposalService proposals, VotingRulesService rules, VoteService votes,
                  People people, JdbcClient jdbc) {
        this.consultations = consultations;
        this.proposals = proposals;
        this.rules = rules;
        this.votes = votes;
        this.people = people;
        this.jdbc = jdbc;
    }

    public VotingFixture threeProposalsOnTheBallot(String title) {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, title + System.nanoTime(), "说明",
                false, Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 1));
        consultations.publish(consultation);
        People.actAs(people.verifiedResidentOf(1L));
        a = proposals.create(new ProposalForm(consultation, "甲", "内容", environment, null, null));
        b = proposals.create(new ProposalForm(consultation, "乙", "内容", environment, null, null));
        c = proposals.create(new ProposalForm(consultation, "丙", "内容", environment, null, null));
        People.actAs(people.verifiedResidentOf(2L));
        proposals.endorse(a);
        proposals.endorse(b);
        proposals.endorse(c);
        voters = new SignedInUser[] {people.verifiedResidentOf(1L), people.verifiedResidentOf(1L), people.verifiedResidentOf(2L)};
        return this;
    }

    /** Sets the rules as the committee and skips ahead to the voting phase. */
    public void open(VotingRulesForm form) {
        People.actAs(committee);
        rules.setRules(consultation, form);
        consultations.closePhaseEarly(consultation, new ReasonForm("结束征集"));
        consultations.closePhaseEarly(consultation, new ReasonForm("结束讨论"));
    }

    public String vote(int voter, Map<Long, Integer> choices) {
        People.actAs(voters[voter]);
        return votes.cast(consultation, new BallotForm(choices));
    }

    public void closeEarly() {
        People.actAs(committee);
        consultations.closePhaseEarly(consultation, new ReasonForm("投票提前结束"));
    }
}
