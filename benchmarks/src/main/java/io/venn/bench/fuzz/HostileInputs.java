package io.venn.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates hostile uploads and API requests from a seed: CRM-like CSVs with broken pieces spliced in
 * (odd or Excel {@code sep=} separators, quotes, NUL and other control characters, invalid UTF-8,
 * UTF-16, long and wide lines, population bombs), malformed multipart bodies, and JSON bodies and
 * query strings of the wrong shape, type or size. Deterministic: the same seed gives the same inputs.
 */
final class HostileInputs {
  /** One request to send; {@code upload} marks those that may store a list. */
  record Case(String kind, String method, String path, String contentType, byte[] body, boolean upload) {}

  /** What the generator may refer to: a real partnership, job and list of the fuzzing organization. */
  record Targets(String partnershipId, String jobId, String listId) {}

  private static final List<String> HEADERS =
      List.of(
          "Account ID,Account Name,Website,Billing Country,Type,Owner", "Record ID;Company name;Company Domain Name;Lifecycle Stage",
          "Name\tURL\tSegment", "Name|Website|Population", "Name,Name,Website,Website,Type,Type", "Colour,Size", "",
          "\uFEFFName,Website", "Account Name", "Website", "name,domain,country,city,state,phone,registration,population");
  private static final List<String> PIECES =
      List.of(",", ";", "\t", "|", "\"", "\"\"", "\n", "\r", "\r\n", "\0", "\u0001", "\u001b[31m", "\u00A0", "\u200B",
          "\uFEFF", "=", "＝", "+", "-", "@", "=HYPERLINK(\"http://x\")", "é", "ß", "株式会社", "\uD83D\uDE00", "\uD800",
          "Siemens AG", "siemens.com", "https://www.shop.acme.co.uk/x", "DE", "+49 30 1234", "Customers", "Prospects",
          "' OR 1=1 --", "<script>", "../../etc/passwd", "%00", "${jndi:ldap://x}", "NaN", "-0", "1e309");
  private static final String[] LEVELS = {"HIDDEN", "COUNTS", "OVERLAPS", "overlaps", "ALL", "", "null"};

  private final SplittableRandom random;
  private final Targets targets;

  HostileInputs(long seed, Targets targets) {
    this.random = new SplittableRandom(seed);
    this.targets = targets;
  }

  /** The next case: about 60% CSV uploads, 15% multipart uploads, 25% JSON bodies and queries. */
  Case next() {
    int r = random.nextInt(100);
    if (r < 60) {
      return new Case("csv", "POST", "/api/v1/lists?name=fuzz.csv", pick("text/csv", "text/plain", "application/octet-stream",
          "text/csv; charset=utf-16", "application/csv"), csv(), true);
    }
    if (r < 75) {
      return multipart();
    }
    return api();
  }

  private byte[] csv() {
    int r = random.nextInt(100);
    if (r < 3) {
      return bytes(random.nextInt(4096)); // binary garbage
    }
    if (r < 5) {
      return longLine();
    }
    if (r < 7) {
      return bomb(101 + random.nextInt(3000));
    }
    if (r < 10) {
      return wide(10 + random.nextInt(400));
    }
    if (r < 13) {
      return ("sep=" + (char) random.nextInt(0x80) + "\n" + crmText()).getBytes(StandardCharsets.UTF_8);
    }
    if (r < 16) {
      return utf16(crmText());
    }
    byte[] text = crmText().getBytes(StandardCharsets.UTF_8);
    if (r < 22 && text.length > 0) {
      text[random.nextInt(text.length)] = (byte) (0x80 + random.nextInt(0x80)); // invalid UTF-8
    }
    return text;
  }

  private String crmText() {
    StringBuilder s = new StringBuilder(pick(HEADERS.toArray(String[]::new))).append('\n');
    int rows = random.nextInt(60);
    for (int i = 0; i < rows; i++) {
      if (random.nextInt(3) == 0) {
        s.append("a").append(i).append(",Company ").append(random.nextInt(1000)).append(" GmbH,c").append(i).append(".de,DE,")
            .append(pick("Customers", "Prospects", "Partners")).append(",Owner\n");
        continue;
      }
      int pieces = random.nextInt(12);
      for (int p = 0; p < pieces; p++) {
        s.append(random.nextInt(4) == 0 ? randomText(random.nextInt(20)) : PIECES.get(random.nextInt(PIECES.size())));
      }
      s.append(random.nextInt(10) == 0 ? "" : "\n");
    }
    return s.toString();
  }

  private byte[] longLine() {
    int n = (1 << 20) + random.nextInt(3 << 20);
    StringBuilder s = new StringBuilder("Name,Website\n").append(random.nextBoolean() ? "\"" : "");
    s.append("x".repeat(n)).append(",acme.com\n");
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] bomb(int populations) {
    StringBuilder s = new StringBuilder("Name,Website,Segment\n");
    for (int i = 0; i < populations; i++) {
      s.append("Company ").append(i).append(",c").append(i).append(".com,P").append(i).append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] wide(int columns) {
    StringBuilder h = new StringBuilder("Name,Website");
    StringBuilder v = new StringBuilder("Acme,acme.com");
    for (int i = 0; i < columns; i++) {
      h.append(",c").append(i);
      v.append(",v").append(i);
    }
    return (h + "\n" + v + "\n" + v + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private byte[] utf16(String text) {
    byte[] body = text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    if (random.nextBoolean()) {
      return body; // no byte order mark: NUL bytes everywhere
    }
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    return withBom;
  }

  private Case multipart() {
    String boundary = "fuzz" + random.nextInt(1_000_000);
    String filename = pick("accounts.csv", "acc\0ounts.csv", "../../x.csv", "", "a\r\nX-Injected: 1", "é.csv", "x".repeat(400));
    String part = pick("file", "upload", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + filename + "\"\r\n"
        + "Content-Type: text/csv\r\n\r\n");
    out.writeBytes(random.nextInt(5) == 0 ? bytes(random.nextInt(2000)) : crmText().getBytes(StandardCharsets.UTF_8));
    if (random.nextInt(4) != 0) {
      write(out, "\r\n--" + boundary + "--\r\n"); // else truncated: no closing boundary
    }
    String type = pick("multipart/form-data; boundary=" + boundary, "multipart/form-data", "multipart/form-data; boundary=other",
        "multipart/form-data; boundary=\"" + boundary + "\"", "multipart/mixed; boundary=" + boundary);
    return new Case("multipart", "POST", "/api/v1/lists" + pick("", "?name=fuzz.csv", "?name=%00", "?name=" + "n".repeat(400)),
        type, out.toByteArray(), true);
  }

  private Case api() {
    String p = "/api/v1/partnerships/" + targets.partnershipId();
    String j = "/api/v1/jobs/" + targets.jobId();
    return switch (random.nextInt(9)) {
      case 0 -> json("PUT", p + "/sharing", sharing());
      case 1 -> json("PUT", p + "/list", "{\"listId\":" + pick("\"" + targets.listId() + "\"", jsonValue(), "\"" + randomText(40) + "\"") + "}");
      case 2 -> json("POST", "/api/v1/partnerships", "{\"partnerId\":" + jsonValue() + "}");
      case 3 -> json("POST", "/api/v1/organizations", "{\"name\":" + jsonValue() + "}");
      case 4 -> get("/api/v1/audit?limit=" + number());
      case 5 -> get(j + "/overlaps?page=" + number() + "&size=" + number() + "&mine=" + encoded() + "&theirs=" + encoded());
      case 6 -> get(pick(j + "/matrix", "/api/v1/jobs/" + encoded() + "/matrix", "/api/v1/lists/" + encoded(),
          "/api/v1/partnerships/" + encoded(), j + "/overlaps?page=" + number()));
      case 7 -> json(pick("POST", "PUT"), pick(p + "/sharing", "/api/v1/partnerships", p + "/list"), malformedJson());
      default -> json("PUT", p + "/sharing", deep(1 + random.nextInt(5000)));
    };
  }

  private String sharing() {
    StringBuilder pops = new StringBuilder();
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      pops.append(i == 0 ? "" : ",").append('"').append(escape(randomText(random.nextInt(30)))).append("\":").append(policy());
    }
    return "{\"default\":" + (random.nextInt(8) == 0 ? jsonValue() : policy()) + ",\"populations\":{" + pops + "}}";
  }

  private String policy() {
    String fields = random.nextBoolean() ? "" : ",\"fields\":[\"name\",\"" + escape(randomText(random.nextInt(120))) + "\"]";
    return "{\"level\":\"" + pick(LEVELS) + "\"" + fields + "}";
  }

  private String jsonValue() {
    return pick("null", "true", "0", "-1", "1e400", "\"\"", "\"" + escape(randomText(50)) + "\"", "[]", "{}", "\"\\u0000\"",
        "\"" + "x".repeat(300) + "\"", "99999999999999999999999");
  }

  private String malformedJson() {
    return pick("{", "}", "{\"a\":", "[1,2", "\"unterminated", "{\"default\":{\"level\":\"COUNTS\"}", "\u0000", "nul", "{'a':1}",
        randomText(100));
  }

  private String deep(int depth) {
    return "{\"default\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
  }

  private String number() {
    return pick("0", "1", "-1", "50", "1000", "1001", "2147483647", "2147483648", "-2147483649", "1e3", "abc", "", "%00", "0x10");
  }

  private String encoded() {
    return java.net.URLEncoder.encode(randomText(random.nextInt(40)), StandardCharsets.UTF_8);
  }

  private Case json(String method, String path, String body) {
    return new Case("json", method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), false);
  }

  private Case get(String path) {
    return new Case("query", "GET", path, null, null, false);
  }

  private String randomText(int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      s.appendCodePoint(kind < 6 ? ' ' + random.nextInt(95) : kind < 8 ? random.nextInt(0x3000) : random.nextInt(0x10000));
    }
    return s.toString();
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) random.nextInt(256);
    }
    return b;
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
