package dev.srdi.jurisdictions.guilin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The plugin speaks to the core's domain and SPI only. */
final class GuilinArchitectureTest {
  private static final JavaClasses PLUGIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.srdi.jurisdictions.guilin");

  @Test
  void the_plugin_uses_neither_the_engine_nor_the_wiring() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.srdi.core.engine..", "dev.srdi.core.wiring..")
        .because("the engine evaluates plugins; a plugin only declares what it holds (docs/PLUGIN_GUIDE.md)")
        .check(PLUGIN);
  }

  @Test
  void the_plugin_never_reads_the_clock() {
    noClasses().should().callMethod(java.time.LocalDate.class, "now")
        .because("dates come from the facts and the as-of date, never from the clock")
        .check(PLUGIN);
  }
}
