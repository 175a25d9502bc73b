package dev.srdi.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A client that sends a request's headers and holds its body back until told: the server has
 * accepted the request and a worker waits for the body, which is how the tests keep workers busy
 * without a slow plugin.
 */
final class SlowClient implements AutoCloseable {
  private final Socket socket;
  private final byte[] body;

  SlowClient(SrdiServer server, String path, String body) {
    this.body = body.getBytes(StandardCharsets.UTF_8);
    try {
      socket = new Socket(server.address().getAddress(), server.port());
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
          + this.body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the body and reads the whole answer (status line, headers and body). */
  String finish() {
    try {
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the answer without sending the body (for a request the server answers before it). */
  String answerWithoutBody() {
    try {
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
