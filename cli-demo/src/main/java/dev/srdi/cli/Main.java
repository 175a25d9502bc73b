package dev.srdi.cli;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.core.spi.JurisdictionRegistry;

/** The srdi command. Until the full CLI lands it lists the loaded jurisdictions. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    JurisdictionRegistry registry = JurisdictionRegistry.load();
    for (Jurisdiction j : registry.all()) {
      System.out.println(j.id() + "\t" + j.nameZh() + "\t" + j.nameEn() + "\t" + j.measures().size() + " measures");
    }
    registry.failures().forEach(f -> System.err.println("failed to load " + f.describe()));
  }
}
