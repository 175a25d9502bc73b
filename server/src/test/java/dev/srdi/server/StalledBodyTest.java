package dev.srdi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.srdi.api.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A JSON Lines body whose client stops sending, over HTTP/1.1 on loopback: once the 200 answer is
 * streaming it ends with an error line saying the body timed out; if nothing was sent yet, the answer
 * is the 503 problem document. The client speaks HTTP on a socket: the JDK's client reads an answer
 * only once it has sent the whole body, and this client never finishes its body.
 */
final class StalledBodyTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final String PATH = "/v1/jurisdictions/guilin/evaluate?asOf=2025-12-31&allEnterprises=true";

  /** The status code and the body (de-chunked) of the answer to a body that stops after {@code sent}. */
  private record Answer(int status, String contentType, String body) {}

  private static Answer stall(Served served, String sent) throws IOException {
    try (Socket socket = new Socket(served.server.address().getAddress(), served.server.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      byte[] bytes = sent.getBytes(StandardCharsets.UTF_8);
      out.write(("POST " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(bytes.length) + "\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // And nothing more: no last chunk. The socket stays open until the answer has been read.
      return read(socket.getInputStream());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    String status = line(in);
    String type = "";
    boolean chunked = false;
    long length = -1;
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      String lower = header.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("content-type:")) {
        type = header.substring(13).trim();
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("content-length:")) {
        length = Long.parseLong(header.substring(15).trim());
      }
    }
    var body = new ByteArrayOutputStream();
    if (chunked) {
      for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
        body.write(in.readNBytes(size));
        line(in);
      }
    } else {
      body.write(in.readNBytes((int) length));
    }
    return new Answer(Integer.parseInt(status.split(" ")[1]), type, body.toString(StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    var b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (c != '\r') {
        b.write(c);
      }
    }
    if (c == -1 && b.size() == 0) {
      throw new IOException("the server closed the connection before the answer ended");
    }
    return b.toString(StandardCharsets.US_ASCII);
  }

  @Test
  void a_body_that_stalls_mid_answer_ends_with_an_error_line_saying_it_timed_out() throws Exception {
    List<String> portfolio = Served.example("portfolio.jsonl").lines().toList();
    // Enough lines for the answer to pass the server's output buffer (16 KiB), so that its first lines are
    // sent, and few enough to be evaluated well within the timeout: then the server waits for more body.
    var sent = new StringBuilder();
    int lines = 0;
    while (lines < 24) {
      String line = portfolio.get(lines % portfolio.size());
      sent.append(line.replaceFirst("\"id\":\"([^\"]*)\"", "\"id\":\"$1-" + lines + "\"")).append('\n');
      lines++;
    }
    try (Served served = Served.start(ServerConfig.defaults().withTimes(TIMEOUT, Duration.ofSeconds(1)))) {
      Answer r = stall(served, sent.toString());
      assertEquals(200, r.status(), r.body());
      List<String> answer = r.body().lines().toList();
      assertEquals(lines + 1, answer.size(), "one line per line sent, then the error line");
      for (int i = 0; i < lines; i++) {
        JsonNode record = Json.mapper().readTree(answer.get(i));
        assertTrue(record.has("id") && !record.has("error"), answer.get(i));
      }
      JsonNode last = Json.mapper().readTree(answer.get(lines));
      assertEquals(lines + 1, last.get("line").asInt(), last.toString());
      assertTrue(last.get("error").asText().startsWith("the request body timed out"), last.toString());
    }
  }

  @Test
  void a_body_that_stalls_before_any_answer_is_sent_is_a_503_problem() throws Exception {
    try (Served served = Served.start(ServerConfig.defaults().withTimes(TIMEOUT, Duration.ofSeconds(1)))) {
      Answer r = stall(served, Served.example("portfolio.jsonl").lines().findFirst().orElseThrow() + "\n");
      assertEquals(503, r.status(), r.body());
      assertEquals("application/problem+json;charset=utf-8", r.contentType());
      assertEquals("timeout", Json.mapper().readTree(r.body()).get("code").asText());
    }
  }
}
