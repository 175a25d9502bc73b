package dev.srdi.core.text;

import dev.srdi.core.policy.DocumentId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The seed documents on the class path ({@code /seeds/<id>.txt}, module srdi-seeds), byte for byte. */
public final class SeedTexts {
  private SeedTexts() {}

  /**
   * The document's text as shipped.
   *
   * @param document the document's id
   * @param loader the class loader to look in (the plugin's, so that a city may ship its own seeds)
   * @return the text, or empty when no such file is on the class path
   */
  public static Optional<String> raw(DocumentId document, ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream("seeds/" + document.seedFile())) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
