package io.aigonix.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Git's smart HTTP protocol on 127.0.0.1: the real {@code git http-backend} run as a CGI program
 * behind the JDK's HTTP server, which demands HTTP Basic credentials (user and token) as a hosting
 * service would. Test-only (also the GitOps remote of the CI recipe tests).
 */
public final class HttpGitServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Path projectRoot;
  private final String expectedAuthorization;

  public HttpGitServer(Path projectRoot, String user, String token) throws IOException {
    this.projectRoot = projectRoot;
    this.expectedAuthorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public String url(String repository) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + repository;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      ProcessBuilder cgi = new ProcessBuilder("git", "http-backend");
      Map<String, String> env = cgi.environment();
      env.put("GIT_PROJECT_ROOT", projectRoot.toString());
      env.put("GIT_HTTP_EXPORT_ALL", "1");
      env.put("REMOTE_USER", "publisher");
      env.put("REQUEST_METHOD", exchange.getRequestMethod());
      env.put("PATH_INFO", exchange.getRequestURI().getPath());
      env.put(
          "QUERY_STRING",
          exchange.getRequestURI().getRawQuery() == null
              ? ""
              : exchange.getRequestURI().getRawQuery());
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      env.put("CONTENT_TYPE", type == null ? "" : type);
      env.put("CONTENT_LENGTH", String.valueOf(body.length));
      String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
      if (encoding != null) {
        env.put("HTTP_CONTENT_ENCODING", encoding);
      }
      Process process = cgi.redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(body);
      }
      respond(exchange, process.getInputStream());
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Copies a CGI response: headers up to the blank line (with an optional Status), then the body.
   */
  private static void respond(HttpExchange exchange, InputStream cgi) throws IOException {
    int status = 200;
    String line;
    while (!(line = readLine(cgi)).isEmpty()) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Status")) {
        status = Integer.parseInt(value.substring(0, 3));
      } else {
        exchange.getResponseHeaders().add(name, value);
      }
    }
    byte[] body = cgi.readAllBytes();
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
