package dev.srdi.testkit;

import dev.srdi.core.spi.Jurisdiction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What the packaged jar of a plugin must hold for {@link java.util.ServiceLoader} to find it: the services
 * file, naming the plugin's class, and only classes the jar holds. Read from the jar itself, because a
 * services file deleted from the sources survives in {@code target/classes} until {@code mvn clean}.
 */
public final class PackagedJar {
  /** The services file of the SPI, as it is named inside a jar. */
  public static final String SERVICES = "META-INF/services/" + Jurisdiction.class.getName();
  private static final String SOURCE = "src/main/resources/" + SERVICES;

  private PackagedJar() {}

  /** Each problem names the plugin, the jar, the entry and what to do; none when the jar is right. */
  public static List<String> problems(Jurisdiction j, Path jar) {
    String plugin = j.id().value();
    String wanted = j.getClass().getName();
    if (!Files.isRegularFile(jar)) {
      return List.of(plugin + ": no packaged jar at " + jar + ": build it with `mvn verify` (the check runs after"
          + " the package phase, from failsafe)");
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      JarEntry services = file.getJarEntry(SERVICES);
      if (services == null) {
        return List.of(plugin + ": " + jar.getFileName() + " has no " + SERVICES + ", so ServiceLoader never finds"
            + " the plugin: add " + SOURCE + " with the line " + wanted);
      }
      List<String> named = lines(file, services);
      var problems = new ArrayList<String>();
      for (String name : named) {
        if (file.getJarEntry(name.replace('.', '/') + ".class") == null) {
          problems.add(plugin + ": " + SOURCE + " names " + name + ", which " + jar.getFileName() + " does not hold"
              + " (renamed or removed?): replace the line with " + wanted);
        }
      }
      if (!named.contains(wanted)) {
        problems.add(plugin + ": " + SOURCE + " in " + jar.getFileName() + " lists " + named + " but not the plugin:"
            + " add the line " + wanted);
      }
      return problems;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the plugin jar " + jar, e);
    }
  }

  /** The class names of a services file: one a line, {@code #} starts a comment (as ServiceLoader reads it). */
  private static List<String> lines(JarFile file, JarEntry entry) throws IOException {
    try (InputStream in = file.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(line -> line.replaceFirst("#.*", "").trim()).filter(line -> !line.isEmpty()).toList();
    }
  }
}
