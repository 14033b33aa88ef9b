package cn.gov.jinjiang.gksite.markdown;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * flexmark's {@code internal} packages are named by one class only, {@link LinearParsing}, which says why: a
 * flexmark upgrade that changes them is then met in one place.
 */
class FlexmarkInternalsTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.jinjiang.gksite");

    @Test
    void onlyLinearParsingUsesFlexmarksInternalPackages() {
        ArchRuleDefinition.noClasses()
                .that()
                .resideOutsideOfPackage("com.vladsch..")
                .and()
                .doNotHaveFullyQualifiedName(LinearParsing.class.getName())
                .and()
                .haveNameNotMatching(LinearParsing.class.getName().replace(".", "\\.") + "\\$.*")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vladsch.flexmark..internal..")
                .check(CLASSES);
    }
}
