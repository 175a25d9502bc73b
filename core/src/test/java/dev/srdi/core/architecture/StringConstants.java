package dev.srdi.core.architecture;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a compiled class, read from its constant pool: every {@code "…"} in the
 * source, including the pieces of a string concatenation, is a CONSTANT_String there. Reading the
 * bytes, not the source, also catches text a constant or a concatenation builds.
 */
final class StringConstants {
  private StringConstants() {}

  static List<String> of(URI classFile) {
    try (InputStream in = classFile.toURL().openStream()) {
      return read(new DataInputStream(new ByteArrayInputStream(in.readAllBytes())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> read(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    List<Integer> strings = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 8 -> strings.add(in.readUnsignedShort());
        case 7, 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++; // a long or a double takes two entries
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return strings.stream().map(index -> utf8[index]).toList();
  }
}
