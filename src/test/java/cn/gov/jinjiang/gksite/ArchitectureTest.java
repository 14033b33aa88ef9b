package cn.gov.jinjiang.gksite;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The package rules of DESIGN.md: each pipeline stage depends only on earlier stages, there are no
 * cycles, and only cli prints or exits.
 */
class ArchitectureTest {
    private static final String BASE = "cn.gov.jinjiang.gksite";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void stagesDependOnlyOnEarlierStages() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("diag")
                .definedBy(BASE + ".diag..")
                .layer("config")
                .definedBy(BASE + ".config..")
                .layer("content")
                .definedBy(BASE + ".content..")
                .layer("markdown")
                .definedBy(BASE + ".markdown..")
                .layer("report")
                .definedBy(BASE + ".report..")
                .layer("render")
                .definedBy(BASE + ".render..")
                .layer("output")
                .definedBy(BASE + ".output..")
                .layer("check")
                .definedBy(BASE + ".check..")
                .layer("build")
                .definedBy(BASE + ".build..")
                .layer("serve")
                .definedBy(BASE + ".serve..")
                .layer("publish")
                .definedBy(BASE + ".publish..")
                .layer("setup")
                .definedBy(BASE + ".setup..")
                .layer("cli")
                .definedBy(BASE + ".cli..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("setup")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("serve")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("publish")
                .mayOnlyBeAccessedByLayers("setup", "cli")
                .whereLayer("build")
                .mayOnlyBeAccessedByLayers("serve", "publish", "cli")
                .whereLayer("check")
                .mayOnlyBeAccessedByLayers("build", "serve", "publish", "cli")
                .whereLayer("output")
                .mayOnlyBeAccessedByLayers("check", "build", "serve", "publish", "setup", "cli")
                .whereLayer("render")
                .mayOnlyBeAccessedByLayers("output", "check", "build", "serve", "publish", "cli")
                .whereLayer("report")
                .mayOnlyBeAccessedByLayers("render", "output", "check", "build", "serve", "publish", "cli")
                .whereLayer("markdown")
                .mayOnlyBeAccessedByLayers("report", "render", "output", "check", "build", "serve", "publish", "cli")
                .whereLayer("content")
                .mayOnlyBeAccessedByLayers(
                        "markdown", "report", "render", "output", "check", "build", "serve", "publish", "cli")
                .whereLayer("config")
                .mayOnlyBeAccessedByLayers(
                        "content",
                        "markdown",
                        "report",
                        "render",
                        "output",
                        "check",
                        "build",
                        "serve",
                        "publish",
                        "setup",
                        "cli")
                .check(CLASSES);
    }

    /** publish and serve both sit on build, side by side: neither may use the other. */
    @Test
    void publishDoesNotDependOnServe() {
        ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage(BASE + ".publish..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + ".serve..")
                .check(CLASSES);
        ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage(BASE + ".serve..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + ".publish..")
                .check(CLASSES);
    }

    /** The work-sharing helper sits under every stage and uses none of them. */
    @Test
    void parallelDependsOnNoStage() {
        ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage(BASE + ".parallel..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(BASE + ".parallel..", "java..")
                .check(CLASSES);
    }

    /**
     * The byte scanner is a layer of its own under check's rules: check.scan uses nothing of gksite above it
     * (only the JDK and jsoup's entity decoder), and nothing outside check uses it.
     */
    @Test
    void checkScanSitsBelowTheRules() {
        ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage(BASE + ".check.scan..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(BASE + ".check.scan..", "java..", "org.jsoup..")
                .check(CLASSES);
        ArchRuleDefinition.noClasses()
                .that()
                .resideOutsideOfPackage(BASE + ".check..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + ".check.scan..")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyCliPrintsOrExits() {
        ArchRuleDefinition.noClasses()
                .that()
                .resideOutsideOfPackage(BASE + ".cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .callMethod(System.class, "exit", int.class)
                .orShould()
                .callMethod(Throwable.class, "printStackTrace")
                .check(CLASSES);
    }
}
