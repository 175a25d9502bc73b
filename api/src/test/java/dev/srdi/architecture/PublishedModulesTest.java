package dev.srdi.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a Java shop expects of the artifacts, read from the poms of the whole reactor (profiles
 * included): the BOM manages every module that is installed, and every module that builds a jar
 * names its Automatic-Module-Name (an archetype's in its archetype:jar configuration), so that a new
 * module cannot be left out of either.
 */
final class PublishedModulesTest {
  private static final Path REPOSITORY = Path.of("..");

  /** One module of the reactor: its folder, artifact, packaging and the two properties that matter here. */
  private record Module(String folder, String artifactId, String packaging, Optional<String> moduleName,
      boolean installed) {}

  @Test
  void the_bom_manages_every_module_that_is_installed() throws Exception {
    List<String> managed = managedArtifacts(pom("bom/pom.xml"));
    var missing = new ArrayList<String>();
    for (Module m : modules("")) {
      if (m.installed() && !m.packaging().equals("pom") && !managed.contains(m.artifactId())) {
        missing.add(m.folder() + " (" + m.artifactId() + ")");
      }
    }
    assertTrue(managed.contains("srdi-api") && managed.contains("srdi-core"), managed.toString());
    assertEquals(List.of(), missing, "installed modules the BOM (bom/pom.xml) does not manage");
  }

  @Test
  void every_jar_names_its_automatic_module_name() throws Exception {
    var unnamed = new ArrayList<String>();
    List<Module> jars = modules("").stream().filter(m -> m.packaging().equals("jar")).toList();
    for (Module m : jars) {
      if (m.moduleName().filter(n -> n.startsWith("dev.srdi.")).isEmpty()) {
        unnamed.add(m.folder() + " (" + m.artifactId() + ")");
      }
    }
    // An archetype's jar is built by archetype:jar, which takes the manifest entry in its own configuration.
    for (Module m : modules("").stream().filter(m -> m.packaging().equals("maven-archetype")).toList()) {
      if (!Files.readString(REPOSITORY.resolve(m.folder()).resolve("pom.xml")).contains("<Automatic-Module-Name>dev.srdi.")) {
        unnamed.add(m.folder() + " (" + m.artifactId() + ")");
      }
    }
    assertTrue(jars.size() >= 10, "found the jar modules: " + jars);
    assertEquals(List.of(), unnamed, "jar modules without a <module.name> property (their Automatic-Module-Name)");
  }

  /** The modules under a folder's pom, recursively, those of its profiles included. */
  private static List<Module> modules(String folder) throws Exception {
    Document pom = pom(folder.isEmpty() ? "pom.xml" : folder + "/pom.xml");
    Element project = pom.getDocumentElement();
    var out = new ArrayList<Module>();
    if (!folder.isEmpty()) {
      Optional<Element> properties = child(project, "properties");
      out.add(new Module(folder, text(project, "artifactId").orElseThrow(),
          text(project, "packaging").orElse("jar"), properties.flatMap(p -> text(p, "module.name")),
          !properties.flatMap(p -> text(p, "maven.install.skip")).orElse("false").equals("true")));
    }
    var names = pom.getElementsByTagName("module");
    for (int i = 0; i < names.getLength(); i++) {
      String name = names.item(i).getTextContent().trim();
      out.addAll(modules(folder.isEmpty() ? name : folder + "/" + name));
    }
    return out;
  }

  private static List<String> managedArtifacts(Document bom) {
    var out = new ArrayList<String>();
    var management = bom.getElementsByTagName("dependencyManagement");
    var dependencies = ((Element) management.item(0)).getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      text((Element) dependencies.item(i), "artifactId").ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Element> child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().trim());
  }

  private static Document pom(String path) throws Exception {
    Path file = REPOSITORY.resolve(path);
    assertTrue(Files.isRegularFile(file), "no pom at " + file.toAbsolutePath());
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }
}
