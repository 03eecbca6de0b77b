package io.venn.service.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A tiny real-HTTP client for the integration tests. */
public final class Api {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public Api(int port) {
    this.base = "http://localhost:" + port;
  }

  public Response get(String key, String path) {
    return send(key, "GET", path, null, null, Map.of());
  }

  public Response get(String key, String path, Map<String, String> headers) {
    return send(key, "GET", path, null, null, headers);
  }

  public Response post(String key, String path, Object json) {
    return send(key, "POST", path, json == null ? "" : write(json), "application/json", Map.of());
  }

  public Response put(String key, String path, Object json) {
    return send(key, "PUT", path, write(json), "application/json", Map.of());
  }

  public Response delete(String key, String path) {
    return send(key, "DELETE", path, null, null, Map.of());
  }

  public Response postCsv(String key, String path, String csv) {
    return send(key, "POST", path, csv, "text/csv", Map.of());
  }

  public Response send(String key, String method, String path, String body, String contentType, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String base() {
    return base;
  }

  private static String write(Object o) {
    try {
      return o instanceof String s ? s : JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Status, content type and body of a response; {@link #json()} parses the body. */
  public record Response(int status, String contentType, String body, HttpResponse<String> raw) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON (" + status + "): " + body, e);
      }
    }

    public String text(String field) {
      return json().path(field).asText();
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }
}
