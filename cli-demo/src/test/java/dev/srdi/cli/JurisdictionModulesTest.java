package dev.srdi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every city module under {@code jurisdictions/} is built, versioned, in the BOM and in the command: a new city
 * (from srdi-jurisdiction-archetype) that is missing from one of them is named here with the line to add,
 * rather than being silently left out of {@code srdi} or of a portal's BOM.
 */
final class JurisdictionModulesTest {
  private static final Path REPOSITORY = Path.of("..");

  @Test
  void every_city_module_is_built_managed_in_the_bom_and_in_the_command() throws Exception {
    List<String> cities = cityModules();
    List<String> built = texts(pom("jurisdictions/pom.xml"), "modules", "module");
    List<String> managed = artifacts(pom("pom.xml"), "dependencyManagement");
    List<String> bom = artifacts(pom("bom/pom.xml"), "dependencyManagement");
    List<String> command = artifacts(pom("cli-demo/pom.xml"), "dependencies");
    var missing = new ArrayList<String>();
    for (String dir : cities) {
      String artifact = artifactId(pom("jurisdictions/" + dir + "/pom.xml"));
      String dependency = "<dependency><groupId>dev.srdi</groupId><artifactId>" + artifact + "</artifactId>";
      if (!built.contains(dir)) {
        missing.add("jurisdictions/" + dir + " is not a module of jurisdictions/pom.xml: add <module>" + dir + "</module>");
      }
      if (!managed.contains(artifact)) {
        missing.add("jurisdictions/" + dir + " (" + artifact + ") is missing from the root pom.xml's dependencyManagement:"
            + " add " + dependency + "<version>${project.version}</version></dependency>");
      }
      if (!bom.contains(artifact)) {
        missing.add("jurisdictions/" + dir + " (" + artifact + ") is missing from the BOM, bom/pom.xml: add " + dependency
            + "<version>${project.version}</version></dependency>");
      }
      if (!command.contains(artifact)) {
        missing.add("jurisdictions/" + dir + " (" + artifact + ") is missing from the command's dependencies,"
            + " cli-demo/pom.xml, so `srdi` never loads it: add " + dependency + "</dependency>");
      }
    }
    assertTrue(cities.size() >= 3, "found the city modules: " + cities);
    assertEquals(List.of(), missing, "city modules left out of the build, the BOM or the command");
  }

  /** The folders under jurisdictions/ that hold a pom: every city module, whether listed anywhere or not. */
  private static List<String> cityModules() throws IOException {
    try (Stream<Path> dirs = Files.list(REPOSITORY.resolve("jurisdictions"))) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).map(d -> d.getFileName().toString())
          .sorted().toList();
    }
  }

  private static Document pom(String path) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(REPOSITORY.resolve(path).toFile());
  }

  private static String artifactId(Document pom) {
    return texts(pom, "project", "artifactId").get(0);
  }

  /** The artifact ids of the dependencies directly under the section (dependencies, or dependencyManagement's). */
  private static List<String> artifacts(Document pom, String section) {
    Element root = pom.getDocumentElement();
    List<Element> sections = children(root, section);
    if (section.equals("dependencyManagement")) {
      sections = sections.stream().flatMap(s -> children(s, "dependencies").stream()).toList();
    }
    return sections.stream().flatMap(s -> children(s, "dependency").stream())
        .flatMap(d -> children(d, "artifactId").stream()).map(e -> e.getTextContent().trim()).toList();
  }

  /** The texts of the {@code child} elements of the top-level {@code parent} (or of the project itself). */
  private static List<String> texts(Document pom, String parent, String child) {
    Element root = pom.getDocumentElement();
    List<Element> parents = parent.equals("project") ? List.of(root) : children(root, parent);
    return parents.stream().flatMap(p -> children(p, child).stream()).map(e -> e.getTextContent().trim()).toList();
  }

  private static List<Element> children(Element parent, String name) {
    var nodes = parent.getChildNodes();
    return IntStream.range(0, nodes.getLength()).mapToObj(nodes::item)
        .filter(n -> n instanceof Element && n.getNodeName().equals(name)).map(Element.class::cast).toList();
  }
}
