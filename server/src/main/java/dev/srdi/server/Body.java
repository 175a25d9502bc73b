package dev.srdi.server;

import dev.srdi.api.json.Utf8Lines;
import dev.srdi.api.json.Utf8Text;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A request body, read at most up to the limit: whole as UTF-8 text for a JSON document, or line by
 * line for JSON Lines. A body that grows past the limit (a chunked one, whose length is not declared)
 * stops being read there.
 */
final class Body {
  private final MediaType type;
  private final InputStream in;
  private final long limit;

  Body(MediaType type, InputStream in, long limit) {
    this.type = type;
    this.in = in;
    this.limit = limit;
  }

  long limit() {
    return limit;
  }

  MediaType type() {
    return type;
  }

  /** The whole body as text; one leading byte-order mark dropped, as the command drops it from a file. */
  Either<HttpProblem, String> text() {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (Deadline.Passed e) {
      return Either.left(HttpProblem.timedOut(e.millis));
    } catch (IOException e) {
      return Either.left(HttpProblem.unreadable());
    }
    if (bytes.length > limit) {
      return Either.left(HttpProblem.tooLarge(limit));
    }
    return Utf8Text.decode(bytes).mapLeft(error -> HttpProblem.invalidInput(List.of(error)));
  }

  /** The body's lines, each decoded on its own; reading past the limit throws {@link TooLarge}. */
  Utf8Lines lines() {
    return new Utf8Lines(new Limited(in, limit));
  }

  /** The body went past the limit while it was being read line by line. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("the request body is larger than " + limit + " bytes");
    }
  }

  /** Counts what is read, and refuses to read past the limit. */
  private static final class Limited extends InputStream {
    private final InputStream in;
    private final long limit;
    private long read;

    Limited(InputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        read += n;
        if (read > limit) {
          throw new TooLarge(limit);
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
