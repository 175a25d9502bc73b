package dev.srdi.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's one Immutables style: generated classes stay package-private and callers use the
 * abstract type's own {@code builder()}, so no {@code Immutable*} name leaks into the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"},
    allParameters = false,
    // Guava is on the compile path through the optional Guice; generated code must not need it.
    jdkOnly = true,
    // Immutables' own @Generated would need its jar on every consumer's compile path (javac warns without it).
    allowedClasspathAnnotations = {Override.class})
public @interface SrdiStyle {}
