package dev.srdi.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.srdi.core.policy.JurisdictionId;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Loading through ServiceLoader: found, clashing, throwing, missing, inconsistent, none. */
final class JurisdictionRegistryTest {

  @Test
  void a_plugin_listed_in_meta_inf_services_is_found() {
    JurisdictionRegistry registry = JurisdictionRegistry.load(RegistryLoaders.withServices("testland"));
    assertEquals(List.of(JurisdictionId.of("testland")), registry.ids());
    assertEquals(List.of(), registry.failures());
    assertTrue(registry.require("testland").isRight());
  }

  @Test
  void an_unknown_id_is_a_message_that_names_the_known_ones() {
    JurisdictionRegistry registry = JurisdictionRegistry.load(RegistryLoaders.withServices("testland"));
    assertEquals("unknown jurisdiction 'atlantis'; known: testland", registry.require("atlantis").getLeft());
    assertTrue(registry.find(JurisdictionId.of("atlantis")).isEmpty());
  }

  @Test
  void two_plugins_with_one_id_are_both_left_out_by_that_id_naming_both_classes() {
    JurisdictionRegistry registry = JurisdictionRegistry.loadAny(RegistryLoaders.withServices("duplicate"));
    assertEquals(List.of(), registry.ids());
    assertEquals(List.of("dev.srdi.core.spi.TestlandTwin", "dev.srdi.core.testland.Testland"),
        registry.failures().stream().map(LoadFailure::provider).toList());
    for (LoadFailure failure : registry.failures()) {
      assertEquals(Optional.of(JurisdictionId.of("testland")), failure.id());
      assertEquals("more than one plugin has the id 'testland' (dev.srdi.core.spi.TestlandTwin and"
          + " dev.srdi.core.testland.Testland); each is left out: remove all but one", failure.reason());
    }
    assertTrue(registry.require("testland").getLeft().startsWith("jurisdiction 'testland' failed to load: more than one"),
        registry.require("testland").getLeft());
  }

  @Test
  void a_clash_leaves_the_other_plugins_loaded() {
    JurisdictionRegistry registry = JurisdictionRegistry.of(List.of(new dev.srdi.core.testland.Testland(),
        new TestlandTwin(), new OtherTown()));
    assertEquals(List.of(JurisdictionId.of("othertown")), registry.ids());
    assertEquals(2, registry.failures().size());
    assertTrue(registry.failureOf("testland").isPresent());
  }

  @Test
  void a_clash_that_leaves_nothing_usable_fails_the_strict_load_naming_both_classes() {
    var e = assertThrows(PluginLoadException.class,
        () -> JurisdictionRegistry.load(RegistryLoaders.withServices("duplicate")));
    assertTrue(e.getMessage().startsWith("no jurisdiction plugin was found on the class path"), e.getMessage());
    assertTrue(e.getMessage().contains("testland (dev.srdi.core.spi.TestlandTwin): more than one plugin"), e.getMessage());
    assertTrue(e.getMessage().contains("testland (dev.srdi.core.testland.Testland): more than one plugin"), e.getMessage());
  }

  @Test
  void the_lenient_load_answers_an_empty_registry_where_the_strict_one_throws() {
    JurisdictionRegistry registry = JurisdictionRegistry.loadAny(RegistryLoaders.withServices("empty"));
    assertEquals(List.of(), registry.all());
    assertEquals(List.of(), registry.failures());
    assertEquals("unknown jurisdiction 'testland'; known: ", registry.require("testland").getLeft());
    assertEquals(List.of(), JurisdictionRegistry.ofAny(List.of()).ids());
  }

  @Test
  void a_plugin_that_throws_while_loading_is_reported_and_the_others_load() {
    JurisdictionRegistry registry = JurisdictionRegistry.load(RegistryLoaders.withServices("throwing"));
    assertEquals(List.of(JurisdictionId.of("testland")), registry.ids());
    assertEquals(1, registry.failures().size());
    LoadFailure failure = registry.failures().get(0);
    assertEquals("dev.srdi.core.spi.ThrowingPlugin", failure.provider());
    assertTrue(failure.reason().contains("parameter table is corrupt"), failure.reason());
  }

  @Test
  void a_plugin_whose_declarations_overflow_the_stack_is_left_out_by_its_id_and_the_others_load() {
    JurisdictionRegistry registry = JurisdictionRegistry.load(RegistryLoaders.withServices("recursive"));
    assertEquals(List.of(JurisdictionId.of("testland")), registry.ids());
    LoadFailure failure = registry.failures().get(0);
    assertEquals(Optional.of(JurisdictionId.of("recursive")), failure.id());
    assertTrue(failure.reason().contains("StackOverflowError"), failure.reason());
    assertTrue(failure.describe().startsWith("recursive (dev.srdi.core.spi.RecursivePlugin): "), failure.describe());
    assertEquals("jurisdiction 'recursive' failed to load: " + failure.reason(), registry.require("recursive").getLeft());
  }

  @Test
  void a_listed_class_that_does_not_exist_is_reported_and_the_others_load() {
    JurisdictionRegistry registry = JurisdictionRegistry.load(RegistryLoaders.withServices("missing-class"));
    assertEquals(List.of(JurisdictionId.of("testland")), registry.ids());
    assertEquals("dev.srdi.core.spi.NoSuchPlugin", registry.failures().get(0).provider());
  }

  @Test
  void an_inconsistent_plugin_is_left_out_with_every_problem_named() {
    JurisdictionRegistry registry = JurisdictionRegistry.load(RegistryLoaders.withServices("inconsistent"));
    assertEquals(List.of(JurisdictionId.of("testland")), registry.ids());
    String reason = registry.failures().get(0).reason();
    assertTrue(reason.contains("duplicate measure id inconsistent.award"), reason);
    assertTrue(reason.contains("reads parameter inconsistent.award.amount, which the jurisdiction does not declare"), reason);
    assertTrue(reason.contains("document nowhere is cited but not declared"), reason);
  }

  @Test
  void no_plugin_at_all_fails_fast_with_a_clear_message() {
    var e = assertThrows(PluginLoadException.class, () -> JurisdictionRegistry.load(RegistryLoaders.withServices("empty")));
    assertTrue(e.getMessage().startsWith("no jurisdiction plugin was found on the class path"), e.getMessage());
  }

  @Test
  void only_failures_when_every_plugin_fails_are_named_in_the_message() {
    var e = assertThrows(PluginLoadException.class,
        () -> JurisdictionRegistry.of(List.of(new InconsistentPlugin())));
    assertTrue(e.getMessage().contains("failed to load"), e.getMessage());
  }
}
