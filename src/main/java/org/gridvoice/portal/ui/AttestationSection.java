package org.gridvoice.portal.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import org.gridvoice.attestation.PublicEntry;
import org.gridvoice.attestation.ResidentAttestationService;

/** On a resident's home: what staff entered for them and waits for their confirmation (代录待确认), only while something waits. */
@SpringComponent
class AttestationSection {

    private static final int CUT = 40;

    private final ResidentAttestationService attestations;

    AttestationSection(ResidentAttestationService attestations) {
        this.attestations = attestations;
    }

    Optional<HomeSection> waiting() {
        var waiting = attestations.mine(HomeItems.locale());
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        HomeSection section = new HomeSection("home-attest", "attest.page.mine");
        section.count(waiting.size());
        section.items(waiting.stream().map(e -> HomeItems.row(HomeItems.link(cut(e), "attest"),
                section.getTranslation("attest.page.entered", e.staffName(), org.gridvoice.shared.ui.Dates.format(e.createdAt(),
                        HomeItems.locale())))).toList(), "");
        return Optional.of(section.link(section.getTranslation("attest.page.title"), "attest", true));
    }

    private static String cut(PublicEntry e) {
        String line = e.wording() == null ? "" : e.wording().strip().replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= CUT ? line : line.substring(0, line.offsetByCodePoints(0, CUT)) + "…";
    }
}
