package dev.srdi.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What no request can make the server do: read or write a file (a scenario arrives as a body, never as
 * a path), load a class by name, or reach past the facade into the engine. The schemas it publishes are
 * class-path resources of its own jars, read once at start-up.
 */
@AnalyzeClasses(packages = "dev.srdi.server", importOptions = ImportOption.DoNotIncludeTests.class)
final class ServerArchitectureRules {
  @ArchTest
  static final ArchRule no_file_access = noClasses().that().resideInAPackage("dev.srdi.server..")
      .should().dependOnClassesThat().resideInAPackage("java.nio.file..")
      .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class, java.io.FileInputStream.class,
          java.io.FileOutputStream.class, java.io.FileReader.class, java.io.FileWriter.class,
          java.io.RandomAccessFile.class)
      .because("no endpoint reads files: a scenario is the request's body");

  @ArchTest
  static final ArchRule no_class_names = noClasses().that().resideInAPackage("dev.srdi.server..")
      .should().callMethod(Class.class, "forName", String.class)
      .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
      .orShould().dependOnClassesThat().belongToAnyOf(ClassLoader.class, java.util.ServiceLoader.class)
      .because("no endpoint takes a class name; the jurisdictions are the facade's, loaded before the server starts");

  @ArchTest
  static final ArchRule only_the_facade = noClasses().that().resideInAPackage("dev.srdi.server..")
      .should().dependOnClassesThat().haveFullyQualifiedName("dev.srdi.core.engine.Engine")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.srdi.core.spi.JurisdictionRegistry")
      .because("every answer is the facade's, so that it is the command's");
}
