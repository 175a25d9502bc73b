package dev.srdi.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Turns a plugin that cannot even be built into a failure that says so: a mistake in a city's tables stops
 * its classes from initialising, which the JVM reports as an {@link ExceptionInInitializerError} (first) and a
 * bare {@link NoClassDefFoundError} (every later test). The kit's contracts register it, so the developer
 * reads the table's own message (file, line, entry, what to do) instead.
 */
public final class PluginFailures implements TestExecutionExceptionHandler {

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    throw explain(thrown);
  }

  /** The failure to report for what a test threw: itself, unless a plugin class failed to initialise. */
  static Throwable explain(Throwable thrown) {
    if (thrown instanceof ExceptionInInitializerError init && init.getCause() != null) {
      Throwable cause = init.getCause();
      String what = cause.getClass().getName().equals("dev.srdi.tables.TableException")
          ? "its tables do not load: " + cause.getMessage() + " (fix that entry; formats: docs/TABLES.md)"
          : "a class of the plugin failed to initialise: " + cause + " (a static field of the plugin threw it)";
      return new AssertionError("the plugin cannot be built, " + what, cause);
    }
    if (thrown instanceof NoClassDefFoundError missing && String.valueOf(missing.getMessage()).startsWith("Could not"
        + " initialize class")) {
      return new AssertionError("the plugin cannot be built: " + missing.getMessage().replace("Could not initialize"
          + " class", "class") + " failed to initialise in an earlier test; the first failure of the run says why"
          + " (a mistake in its tables?)", missing);
    }
    return thrown;
  }
}
