package dev.srdi.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.srdi.cli", importOptions = ImportOption.DoNotIncludeTests.class)
final class ArchitectureRules {

  @ArchTest
  static final ArchRule views_and_text_do_not_know_picocli = noClasses()
      .that().resideInAnyPackage("dev.srdi.cli.view..", "dev.srdi.cli.text..", "dev.srdi.cli.generate..")
      .should().dependOnClassesThat().resideInAPackage("picocli..")
      .because("rendering and generation are testable without the command line");

  @ArchTest
  static final ArchRule commands_go_through_the_facade = noClasses()
      .that().resideInAPackage("dev.srdi.cli..")
      .should().dependOnClassesThat().haveFullyQualifiedName("dev.srdi.core.engine.Engine")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.srdi.core.spi.JurisdictionRegistry")
      .because("a portal and the command must give the same bytes for the same input");

  @ArchTest
  static final ArchRule packages_are_free_of_cycles = slices()
      .matching("dev.srdi.(**)")
      .should().beFreeOfCycles()
      .because("each package is a slice of its own, so that a cycle between a package and its subpackage shows");
}
