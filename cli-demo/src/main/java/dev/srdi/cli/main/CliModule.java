package dev.srdi.cli.main;

import com.google.inject.AbstractModule;
import dev.srdi.api.SrdiApiModule;

/**
 * The command's wiring: the embedding API's bindings. Commands ask for a {@code Provider<Srdi>}, so
 * that the plugins load only when a command needs them ({@code --help} works without any).
 */
final class CliModule extends AbstractModule {
  @Override
  protected void configure() {
    install(new SrdiApiModule());
  }
}
