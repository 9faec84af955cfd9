package org.gridvoice.portal.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.RoleService;
import org.gridvoice.casework.CaseOverviewService;
import org.gridvoice.casework.InboxCount;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.PlaceService;
import org.springframework.data.domain.PageRequest;

/** The home sections of staff: an office's inbox, the committee's queues and consultations, the administrator's tools. */
@SpringComponent
class StaffSections {

    private final CaseOverviewService cases;
    private final ResidencyService residencies;
    private final ModerationService moderation;
    private final ConsultationService consultations;
    private final RoleService roles;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final PublicSections publicSections;

    StaffSections(CaseOverviewService cases, ResidencyService residencies, ModerationService moderation, ConsultationService consultations,
                  RoleService roles, PlaceService places, CurrentUser currentUser, PublicSections publicSections) {
        this.cases = cases;
        this.residencies = residencies;
        this.moderation = moderation;
        this.consultations = consultations;
        this.roles = roles;
        this.places = places;
        this.currentUser = currentUser;
        this.publicSections = publicSections;
    }

    HomeSection inbox() {
        HomeSection section = new HomeSection("home-inbox", "home.inbox.title");
        List<InboxCount> inboxes = cases.myInboxes();
        section.count(inboxes.stream().mapToLong(i -> i.fresh() + i.late() + i.escalated()).sum());
        section.items(inboxes.stream().map(i -> HomeItems.row(HomeItems.link(i.office(), "office/cases"),
                section.getTranslation("home.inbox.open", i.open()),
                HomeItems.badge(section.getTranslation("home.inbox.new", i.fresh()), i.fresh() > 0 ? "badge primary" : "badge contrast"),
                HomeItems.badge(section.getTranslation("home.inbox.late", i.late()), i.late() > 0 ? "badge error" : "badge contrast"),
                HomeItems.badge(section.getTranslation("home.inbox.escalated", i.escalated()),
                        i.escalated() > 0 ? "badge error primary" : "badge contrast"))).toList(), section.getTranslation("home.inbox.no-office"));
        return section.link(section.getTranslation("home.inbox.open-link"), "office/cases", true)
                .link(section.getTranslation("home.office.link"), "office", false);
    }

    HomeSection committeeQueues() {
        HomeSection section = new HomeSection("home-committee", "home.committee.queues");
        long waiting = residencies.queueSize();
        long reports = moderation.queue(PageRequest.of(0, 1)).getTotalElements();
        long drafts = consultations.myDrafts(PageRequest.of(0, 1)).getTotalElements();
        section.count(waiting + reports);
        section.items(List.of(
                HomeItems.row(HomeItems.link(section.getTranslation("home.committee.verifications"), "committee/verifications"),
                        section.getTranslation(waiting == 0 ? "home.committee.none" : "home.committee.waiting", waiting),
                        HomeItems.badge(Long.toString(waiting), waiting > 0 ? "badge primary pill" : "badge contrast pill")),
                HomeItems.row(HomeItems.link(section.getTranslation("home.committee.reports"), "committee/moderation"),
                        section.getTranslation(reports == 0 ? "home.committee.reports.none" : "home.committee.reports.waiting", reports),
                        HomeItems.badge(Long.toString(reports), reports > 0 ? "badge primary pill" : "badge contrast pill")),
                HomeItems.row(HomeItems.link(section.getTranslation("home.committee.drafts"), "consultations"),
                        section.getTranslation("home.committee.drafts.count", drafts),
                        HomeItems.badge(Long.toString(drafts), "badge contrast pill"))), "");
        return section.link(section.getTranslation("home.committee.new-consultation"), "consultations/editor", true);
    }

    /** One section per community the member serves (usually one). */
    List<HomeSection> committeeConsultations() {
        var mine = roles.committeeCommunities(currentUser.requireId());
        return places.communitiesOf(mine).stream().sorted(java.util.Comparator.comparing(CommunitySummary::id))
                .map(c -> publicSections.byPhase("home-committee-consultations-" + c.id(), c.id(), "home.community.none",
                        "home.community.title", c.name())).toList();
    }

    static HomeSection adminTools() {
        HomeSection section = new HomeSection("home-admin", "home.admin.title");
        section.text(section.getTranslation("home.admin.text"));
        for (String[] tool : new String[][] {{"nav.admin.places", "admin/places"}, {"nav.admin.offices", "admin/offices"},
                {"nav.admin.categories", "admin/categories"}, {"nav.responsibilities", "responsibilities"},
                {"nav.admin.accounts", "admin/accounts"}}) {
            section.link(section.getTranslation(tool[0]), tool[1], false);
        }
        return section;
    }
}
