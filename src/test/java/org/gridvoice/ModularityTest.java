package org.gridvoice;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules talk only through each other's root package (API) and events; no cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(GridVoiceApplication.class);

    @Test
    void module_boundaries_hold() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
