package dev.srdi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What a portal may rely on: srdi-api knows nothing of the command, and its packages form no cycle. */
@AnalyzeClasses(packages = "dev.srdi.api", importOptions = ImportOption.DoNotIncludeTests.class)
final class ApiArchitectureRules {

  @ArchTest
  static final ArchRule the_api_never_depends_on_the_command = noClasses()
      .that().resideInAPackage("dev.srdi.api..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.srdi.cli..", "picocli..")
      .because("portals embed the API without the command line");

  @ArchTest
  static final ArchRule only_the_guice_module_knows_guice = noClasses()
      .that().resideInAPackage("dev.srdi.api..").and().doNotHaveSimpleName("SrdiApiModule")
      .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..", "javax.inject..")
      .because("Guice is an optional dependency of srdi-api: a portal without it must load every other class");

  @ArchTest
  static final ArchRule the_json_package_does_not_depend_on_the_facade = noClasses()
      .that().resideInAPackage("dev.srdi.api.json..")
      .should().dependOnClassesThat().resideInAPackage("dev.srdi.api")
      .because("the facade uses the JSON reading and writing, never the other way round");

  @ArchTest
  static final ArchRule no_two_packages_depend_on_each_other = slices()
      .matching("dev.srdi.(**)")
      .should().beFreeOfCycles()
      .because("each package is a slice of its own, so that a cycle between a package and its subpackage shows");
}
