package org.gridvoice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.data.repository.Repository;

/** Layering rules of STYLE.md, and that user-visible text comes from the bundles. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.gridvoice");

    /**
     * Looks like words for people: Han characters, a capitalised word ("Save"), or a sentence.
     * Lower-case technical strings (routes, CSS classes, theme names such as "badge success") pass.
     */
    private static final Pattern HUMAN_TEXT = Pattern.compile(".*\\p{IsHan}.*|\\p{Lu}\\p{Ll}+.*|.*\\s.*[.!?。！？]");
    /** Looks like one of our i18n keys. */
    private static final Pattern KEY = Pattern.compile("(action|admin|app|account|attest|audit|budget|budgeting|casework|confirm|consultation|decision|discussion|boundary|forgot|gridmap|home|hotspot|initiative|insight|insightview|language|list|login|mail|meeting|meetingdesk|moderation"
            + "|nav|notification|office|outage|paper|phone|place|profile|photo|privacy|proposal|register|request|resend|reset|residency|responsibility|role|scorecard|status|survey|surveyview|validation|verifications|voting|witness)\\.[a-zA-Z0-9_.-]+");

    /**
     * Routing an attested request skips the "signed-in user is the requester" check (the resident may
     * attest signed out, by a slip, or in a staff member's session): only the request module's filing
     * on behalf of a resident, after the attestation module's checks, may call it.
     */
    @Test
    void only_the_request_module_routes_a_request_a_resident_attested() {
        noClasses().that().resideOutsideOfPackage("org.gridvoice.request..").and().resideOutsideOfPackage("org.gridvoice.casework..")
                .should().callMethod(org.gridvoice.casework.CaseRoutingService.class, "routeAttestedRequest",
                        org.gridvoice.casework.RequestCase.class)
                .check(CLASSES);
    }

    /**
     * Routing a proposal a residents' meeting accepted trusts the meeting module's checks (the item
     * passed, two committee members signed it): only the meeting module may call it.
     */
    @Test
    void only_the_meeting_module_routes_a_meeting_decision() {
        noClasses().that().resideOutsideOfPackage("org.gridvoice.meeting..").and().resideOutsideOfPackage("org.gridvoice.casework..")
                .should().callMethod(org.gridvoice.casework.CaseRoutingService.class, "routeMeetingDecision", Long.class,
                        org.gridvoice.casework.MeetingLine.class)
                .check(CLASSES);
    }

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().resideInAPackage("org.gridvoice..domain..")
                .check(CLASSES);
    }

    @Test
    void every_csv_export_escapes_its_cells_through_shared_web() {
        // CsvCells escapes cells a spreadsheet would take for a formula; printing around it would skip that
        noClasses().that().resideOutsideOfPackage("org.gridvoice.shared.web")
                .should().accessClassesThat().belongToAnyOf(org.apache.commons.csv.CSVFormat.class)
                .orShould().callMethod(org.apache.commons.csv.CSVPrinter.class, "printRecord", Object[].class)
                .orShould().callMethod(org.apache.commons.csv.CSVPrinter.class, "printRecord", Iterable.class)
                .orShould().callMethod(org.apache.commons.csv.CSVPrinter.class, "printRecords", Iterable.class)
                .orShould().callMethod(org.apache.commons.csv.CSVPrinter.class, "print", Object.class)
                .check(CLASSES);
    }

    @Test
    void domain_and_services_never_depend_on_ui() {
        noClasses().that().resideInAnyPackage("org.gridvoice..domain..", "org.gridvoice.place", "org.gridvoice.account",
                        "org.gridvoice.shared", "org.gridvoice.shared.i18n", "org.gridvoice.shared.mail", "org.gridvoice.shared.validation")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void views_pass_no_literal_text_to_the_screen() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (var javaClass : CLASSES.that(com.tngtech.archunit.base.DescribedPredicate.describe("ui",
                c -> c.getPackageName().contains(".ui")))) {
            constants(javaClass.getName()).stream().filter(s -> HUMAN_TEXT.matcher(s).matches())
                    .forEach(s -> offenders.add(javaClass.getSimpleName() + ": \"" + s + "\""));
        }
        assertThat(offenders).as("visible text must come from i18n/messages*.properties").isEmpty();
    }

    @Test
    void every_key_the_code_names_exists_in_the_bundles() throws Exception {
        Properties english = I18nBundlesTest.load("messages.properties");
        List<String> missing = new ArrayList<>();
        for (var javaClass : CLASSES) {
            constants(javaClass.getName()).stream().filter(s -> KEY.matcher(s).matches()).filter(s -> !s.endsWith("."))
                    .filter(s -> !english.containsKey(s)).forEach(s -> missing.add(javaClass.getSimpleName() + ": " + s));
        }
        assertThat(missing).isEmpty();
    }

    /** String constants a class loads (LDC) and its annotation strings, read from the bytecode. */
    private static List<String> constants(String className) throws IOException {
        List<String> found = new ArrayList<>();
        try (InputStream in = ArchitectureTest.class.getResourceAsStream("/" + className.replace('.', '/') + ".class")) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public org.springframework.asm.AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                    return new org.springframework.asm.AnnotationVisitor(Opcodes.ASM9) {
                        @Override
                        public void visit(String name, Object value) {
                            if (value instanceof String s && "title".equals(name)) {
                                found.add(s);
                            }
                        }
                    };
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    if (name.equals("$deserializeLambda$")) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof String s) {
                                found.add(s);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG);
        }
        return found;
    }
}
