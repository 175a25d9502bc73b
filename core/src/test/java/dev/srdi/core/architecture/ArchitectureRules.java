package dev.srdi.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Pattern;

/** The core's architecture, as sentences. */
@AnalyzeClasses(packages = "dev.srdi.core", importOptions = ImportOption.DoNotIncludeTests.class)
final class ArchitectureRules {

  private static final String[] DOMAIN = {
    "dev.srdi.core.bounds..", "dev.srdi.core.money..", "dev.srdi.core.ladder..", "dev.srdi.core.facts..",
    "dev.srdi.core.policy..", "dev.srdi.core.parameter..", "dev.srdi.core.responsibility..", "dev.srdi.core.measure..",
    "dev.srdi.core.stacking..", "dev.srdi.core.target..", "dev.srdi.core.engine..", "dev.srdi.core.spi..",
    "dev.srdi.core.value..", "dev.srdi.core.check.."
  };

  @ArchTest
  static final ArchRule the_core_depends_on_no_plugin_and_not_on_the_cli = noClasses()
      .that().resideInAPackage("dev.srdi.core..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.srdi.jurisdictions..", "dev.srdi.cli..", "dev.srdi.api..")
      .because("cities plug into the core, never the other way round");

  @ArchTest
  static final ArchRule the_domain_does_no_io = noClasses()
      .that().resideInAnyPackage(DOMAIN)
      .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
      .because("the domain is pure: input and output belong to the CLI and the portals");

  @ArchTest
  static final ArchRule the_domain_knows_neither_jackson_nor_guice = noClasses()
      .that().resideInAnyPackage(DOMAIN)
      .should().dependOnClassesThat().resideInAnyPackage(
          "com.fasterxml.jackson..", "com.google.inject..", "jakarta.inject..", "javax.inject..")
      .because("frameworks stay at the edges: Guice only in the wiring package, JSON only in the CLI");

  @ArchTest
  static final ArchRule the_domain_reads_no_clock = noClasses()
      .that().resideInAnyPackage(DOMAIN)
      .should().callMethod(java.time.LocalDate.class, "now")
      .orShould().callMethod(java.time.Instant.class, "now")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .because("every rule takes its date as input, so that the same input gives the same output");

  /** An option ("--set"), or the command's name before a word ("srdi measures"), anywhere in a literal. */
  private static final Pattern COMMAND_LINE = Pattern.compile("(^|[\\s(`'\"=])--?[a-z]|\\bsrdi [a-z]");

  @ArchTest
  static final ArchRule the_core_mentions_no_command_line_option = classes()
      .that().resideInAPackage("dev.srdi.core..")
      .should(mentionNoCommandLine())
      .because("the core's words reach portals too: a command's options belong to the command's own wording");

  @ArchTest
  static final ArchRule the_core_packages_are_free_of_cycles = slices()
      .matching("dev.srdi.core.(**)")
      .should().beFreeOfCycles()
      .because("a newcomer reads the glossary from the package tree, one concept on top of another");

  private static ArchCondition<JavaClass> mentionNoCommandLine() {
    return new ArchCondition<>("mention no command-line option in a string literal") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        javaClass.getSource().ifPresent(source -> StringConstants.of(source.getUri()).stream()
            .filter(text -> COMMAND_LINE.matcher(text).find())
            .forEach(text -> events.add(SimpleConditionEvent.violated(javaClass,
                javaClass.getName() + " has the literal \"" + text + "\""))));
      }
    };
  }
}
