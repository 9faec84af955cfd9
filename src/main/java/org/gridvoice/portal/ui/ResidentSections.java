package org.gridvoice.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.gridvoice.account.ResidencyStatus;
import org.gridvoice.account.ResidencySummary;
import org.gridvoice.casework.CaseOverviewService;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.Phase;
import org.gridvoice.proposal.ProposalActivityService;
import org.gridvoice.voting.VoterActivityService;
import org.springframework.data.domain.PageRequest;

/** A resident's home: votes waiting for them, cases asking them to confirm, their community, their proposals, their grid. */
@SpringComponent
class ResidentSections {

    private static final int FEW = 5;

    private final VoterActivityService votes;
    private final ConsultationService consultations;
    private final ProposalActivityService proposals;
    private final CaseOverviewService cases;

    ResidentSections(VoterActivityService votes, ConsultationService consultations, ProposalActivityService proposals,
                     CaseOverviewService cases) {
        this.votes = votes;
        this.consultations = consultations;
        this.proposals = proposals;
        this.cases = cases;
    }

    /** Votes open to the resident that they have not cast yet: the electorate snapshot says who may vote. */
    HomeSection needsYourVote() {
        HomeSection section = new HomeSection("home-needs-vote", "home.vote.title");
        var open = consultations.summariesOf(votes.awaitingMyVote(FEW)).stream().filter(c -> c.phase() == Phase.VOTING).toList();
        section.count(open.size());
        return section.items(open.stream().map(c -> HomeItems.row(HomeItems.link(c.title(), "consultations/" + c.id() + "/voting"),
                HomeItems.deadline(section, c.phase(), c.dates()), HomeItems.badge(section.getTranslation("home.vote.open"), "badge success")))
                .toList(), section.getTranslation("home.vote.none"));
    }

    HomeSection casesToConfirm() {
        HomeSection section = new HomeSection("home-confirm", "home.confirm.title");
        var asking = cases.awaitingMyConfirmation(FEW);
        section.count(asking.size());
        return section.items(asking.stream().map(c -> HomeItems.kase(section, c)).toList(), section.getTranslation("home.confirm.none"));
    }

    HomeSection myProposals() {
        HomeSection section = new HomeSection("home-proposals", "home.proposals.title");
        section.items(proposals.mine(PageRequest.of(0, FEW)).stream().map(p -> HomeItems.proposal(section, p)).toList(),
                section.getTranslation("home.proposals.none"));
        return section.link(section.getTranslation("home.activity.link"), "my-activity", false);
    }

    HomeSection gridCases(ResidencySummary residency) {
        HomeSection section = new HomeSection("home-grid-cases", "home.grid-cases.title", residency.gridName());
        section.items(cases.inGrid(residency.gridId(), FEW).stream().map(c -> HomeItems.kase(section, c)).toList(),
                section.getTranslation("home.grid-cases.none", residency.gridName()));
        return section.link(section.getTranslation("home.cases.all"), "cases", false);
    }

    /** One line under the greeting: verified, and where. */
    static Div verifiedLine(ResidencySummary residency) {
        Div line = new Div();
        Span badge = new Span(line.getTranslation("residency.status." + residency.status().name()));
        badge.getElement().getThemeList().add("badge success");
        badge.addClassName("gv-residency-status");
        Span where = new Span(line.getTranslation("home.residency.verified", residency.communityName(), residency.gridName()));
        Anchor details = new Anchor("residency", line.getTranslation("home.residency.details"));
        details.getElement().setAttribute("router-link", true);
        line.add(badge, where, details);
        line.setId("home-verified");
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL,
                LumoUtility.Margin.Bottom.SMALL);
        return line;
    }

    /** Where the user stands with verification: asked to apply when not verified, told the state when pending or verified. */
    static HomeSection residency(ResidencySummary residency, boolean staff) {
        HomeSection section = new HomeSection("home-residency", "home.residency.title");
        if (residency == null) {
            // staff are not residents by office: for them it is an offer at the end, not a first step
            return section.text(section.getTranslation(staff ? "home.residency.staff" : "home.residency.none"))
                    .link(section.getTranslation("home.residency.request"), "residency", !staff);
        }
        Span badge = new Span(section.getTranslation("residency.status." + residency.status().name()));
        badge.getElement().getThemeList().add(residency.status() == ResidencyStatus.APPROVED ? "badge success" : "badge");
        badge.addClassName("gv-residency-status");
        return section.content(badge)
                .text(section.getTranslation("residency.where", residency.communityName(), residency.gridName(), residency.address()))
                .link(section.getTranslation("home.residency.details"), "residency", false);
    }
}
