package dev.srdi.core.spi;

import dev.srdi.core.policy.JurisdictionId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The loaded jurisdictions. A plugin that throws while loading, or is inconsistent, is left out and
 * reported in {@link #failures()}, and the others load; so are both plugins of an id that two claim
 * (neither is preferred, the failure names the two provider classes). {@link #load()} and
 * {@link #of(List)} fail fast when no usable plugin remains; {@link #loadAny(ClassLoader)} and
 * {@link #ofAny(List)} answer a registry that may be empty, for callers that report that themselves.
 */
public final class JurisdictionRegistry {
  private final Map<JurisdictionId, Jurisdiction> byId;
  private final List<LoadFailure> failures;

  private JurisdictionRegistry(Map<JurisdictionId, Jurisdiction> byId, List<LoadFailure> failures) {
    this.byId = byId;
    this.failures = List.copyOf(failures);
  }

  /**
   * Loads every plugin visible to the thread's context class loader.
   *
   * @return the registry
   * @throws PluginLoadException when no usable plugin is found
   */
  public static JurisdictionRegistry load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return load(loader != null ? loader : JurisdictionRegistry.class.getClassLoader());
  }

  /**
   * Loads every plugin the class loader's service files name.
   *
   * @param classLoader where to look
   * @return the registry
   * @throws PluginLoadException when no usable plugin is found
   */
  public static JurisdictionRegistry load(ClassLoader classLoader) {
    return requireOne(loadAny(classLoader));
  }

  /**
   * Loads every plugin the class loader's service files name, as {@link #load(ClassLoader)} does, but
   * never fails: with no usable plugin the registry is empty and {@link #failures()} says why.
   *
   * @param classLoader where to look
   * @return the registry, possibly empty
   */
  public static JurisdictionRegistry loadAny(ClassLoader classLoader) {
    var loaded = new ArrayList<Jurisdiction>();
    var failures = new ArrayList<LoadFailure>();
    Iterator<Jurisdiction> it = ServiceLoader.load(Jurisdiction.class, classLoader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        loaded.add(it.next());
      } catch (ServiceConfigurationError | RuntimeException | LinkageError | StackOverflowError e) {
        failures.add(new LoadFailure(providerOf(e), rootMessage(e)));
      }
    }
    return checked(loaded, failures);
  }

  /**
   * A registry of the given plugins, checked as loading checks them.
   *
   * @param plugins the plugins
   * @return the registry
   * @throws PluginLoadException when none is usable
   */
  public static JurisdictionRegistry of(List<Jurisdiction> plugins) {
    return requireOne(ofAny(plugins));
  }

  /**
   * A registry of the given plugins, checked as {@link #of(List)} checks them, but never failing:
   * with no usable plugin it is empty and {@link #failures()} says why.
   *
   * @param plugins the plugins
   * @return the registry, possibly empty
   */
  public static JurisdictionRegistry ofAny(List<Jurisdiction> plugins) {
    return checked(plugins, List.of());
  }

  private static JurisdictionRegistry requireOne(JurisdictionRegistry registry) {
    if (registry.byId.isEmpty()) {
      throw new PluginLoadException("no jurisdiction plugin was found on the class path (looked for "
          + "META-INF/services/" + Jurisdiction.class.getName() + ")"
          + (registry.failures.isEmpty() ? "" : "; these failed to load: "
              + registry.failures().stream().map(LoadFailure::describe).collect(Collectors.joining("; "))));
    }
    return registry;
  }

  private static JurisdictionRegistry checked(List<Jurisdiction> plugins, List<LoadFailure> earlierFailures) {
    var failures = new ArrayList<>(earlierFailures);
    var byId = new TreeMap<JurisdictionId, List<Jurisdiction>>();
    for (Jurisdiction plugin : plugins) {
      String provider = plugin.getClass().getName();
      Optional<JurisdictionId> id = idOf(plugin);
      try {
        List<String> problems = JurisdictionCheck.problems(plugin);
        if (!problems.isEmpty()) {
          failures.add(new LoadFailure(id, provider, "inconsistent: " + String.join("; ", problems)));
          continue;
        }
        byId.computeIfAbsent(plugin.id(), key -> new ArrayList<>()).add(plugin);
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        // A plugin's own recursion (a declaration that calls itself) is its fault, not the JVM's: leave it out.
        failures.add(new LoadFailure(id, provider, rootMessage(e)));
      }
    }
    var single = new TreeMap<JurisdictionId, Jurisdiction>();
    byId.forEach((id, claimants) -> {
      if (claimants.size() == 1) {
        single.put(id, claimants.get(0));
        return;
      }
      // Neither claimant is preferred: which one a class path lists first is an accident of the deployment.
      String providers = claimants.stream().map(p -> p.getClass().getName()).sorted().collect(Collectors.joining(" and "));
      claimants.forEach(p -> failures.add(new LoadFailure(Optional.of(id), p.getClass().getName(),
          "more than one plugin has the id '" + id + "' (" + providers + "); each is left out: remove all but one")));
    });
    return new JurisdictionRegistry(single, failures);
  }

  /**
   * The loaded jurisdictions, by id.
   *
   * @return the jurisdictions
   */
  public List<Jurisdiction> all() {
    return List.copyOf(byId.values());
  }

  /**
   * The loaded jurisdictions' ids, in order.
   *
   * @return the ids
   */
  public List<JurisdictionId> ids() {
    return List.copyOf(byId.keySet());
  }

  /**
   * The loaded jurisdiction with that id.
   *
   * @param id the id
   * @return the jurisdiction, if loaded
   */
  public Option<Jurisdiction> find(JurisdictionId id) {
    return Option.of(byId.get(id));
  }

  /**
   * The jurisdiction with that id, or a message: that it failed to load and why, when a plugin of that
   * id was found but left out; otherwise that it is unknown, naming the known ones.
   *
   * @param id the id as given
   * @return the jurisdiction, or the message
   */
  public Either<String, Jurisdiction> require(String id) {
    return byId.entrySet().stream()
        .filter(e -> e.getKey().value().equals(id))
        .map(Map.Entry::getValue)
        .findFirst()
        .<Either<String, Jurisdiction>>map(Either::right)
        .orElseGet(() -> Either.left(failureOf(id)
            .map(f -> "jurisdiction '" + id + "' failed to load: " + f.reason())
            .orElseGet(() -> "unknown jurisdiction '" + id + "'; known: "
                + byId.keySet().stream().map(JurisdictionId::value).collect(Collectors.joining(", ")))));
  }

  /**
   * Why the plugin of that id failed to load, if one did.
   *
   * @param id the jurisdiction id as given
   * @return the first failure of a plugin with that id; empty when none failed (or its id was not known)
   */
  public Optional<LoadFailure> failureOf(String id) {
    return failures.stream().filter(f -> f.id().map(JurisdictionId::value).filter(id::equals).isPresent()).findFirst();
  }

  /** The plugin's id, if it can say it without failing. */
  private static Optional<JurisdictionId> idOf(Jurisdiction plugin) {
    try {
      return Optional.ofNullable(plugin.id());
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /**
   * The plugins that were found but left out, and why.
   *
   * @return the failures, by provider
   */
  public List<LoadFailure> failures() {
    return failures.stream().sorted(Comparator.comparing(LoadFailure::provider)).toList();
  }

  private static String providerOf(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int colon = message.indexOf(": Provider ");
    if (colon >= 0) {
      String rest = message.substring(colon + ": Provider ".length());
      int space = rest.indexOf(' ');
      return space > 0 ? rest.substring(0, space) : rest;
    }
    return e.getClass().getSimpleName();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String what = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    return root == e ? what : e.getMessage() + " (caused by " + what + ")";
  }
}
