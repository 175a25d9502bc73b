package dev.srdi.cli.main;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import picocli.CommandLine;

/**
 * Lets Guice build picocli's commands, so that each one gets its services injected; picocli's own
 * helper classes, which Guice cannot build, come from picocli's default factory.
 */
final class GuiceFactory implements CommandLine.IFactory {
  private final Injector injector;

  GuiceFactory(Injector injector) {
    this.injector = injector;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    try {
      return injector.getInstance(type);
    } catch (ConfigurationException e) {
      return CommandLine.defaultFactory().create(type);
    }
  }
}
