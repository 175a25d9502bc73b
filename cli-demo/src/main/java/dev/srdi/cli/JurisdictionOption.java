package dev.srdi.cli;

import dev.srdi.api.Srdi;
import dev.srdi.core.spi.Jurisdiction;
import picocli.CommandLine.Option;

/** {@code -j/--jurisdiction ID}, shared by every command that works on one city. */
public final class JurisdictionOption {
  @Option(names = {"-j", "--jurisdiction"}, required = true, paramLabel = "ID",
      description = "The jurisdiction: see `srdi jurisdictions`.")
  String id;

  public String id() {
    return id;
  }

  /** The loaded jurisdiction, or a usage error (exit 2) that names the known ones. */
  public Jurisdiction resolve(Srdi srdi) {
    return srdi.jurisdiction(id).getOrElseThrow(Problems::usage);
  }
}
