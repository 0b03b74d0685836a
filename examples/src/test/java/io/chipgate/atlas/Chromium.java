package io.chipgate.atlas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol with the JDK's own WebSocket client: enough to
 * open a page, run script in it, click with the mouse, collect console errors and failed requests, and take
 * screenshots. For tests only.
 */
final class Chromium implements AutoCloseable {
    static final ObjectMapper M = new ObjectMapper();
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    private final Process process;
    private final WebSocket ws;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Console errors, uncaught exceptions and failed requests, as text. */
    final List<String> problems = new CopyOnWriteArrayList<>();

    /** The Chromium executable: {@code -Dchipgate.chromium=PATH} (only that one), else $CHROMIUM, else the Debian paths. */
    static Optional<Path> find() {
        String property = System.getProperty("chipgate.chromium");
        if (property != null) {
            return Files.isExecutable(Path.of(property)) ? Optional.of(Path.of(property)) : Optional.empty();
        }
        String env = System.getenv("CHROMIUM");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private Chromium(Process process, WebSocket ws) {
        this.process = process;
        this.ws = ws;
    }

    /** Starts Chromium headless with a fresh profile in {@code profile} and connects to it. */
    static Chromium launch(Path exe, Path profile) throws Exception {
        Files.createDirectories(profile);
        List<String> cmd = new ArrayList<>(List.of(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
            "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
            "--window-size=1400,900", "about:blank"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IllegalStateException("Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(portFile);
        URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
        Chromium[] self = new Chromium[1];
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
            .buildAsync(uri, new WebSocket.Listener() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        String message = text.toString();
                        text.setLength(0);
                        while (self[0] == null) {
                            Thread.onSpinWait();
                        }
                        self[0].receive(message);
                    }
                    socket.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
        self[0] = new Chromium(p, ws);
        return self[0];
    }

    private void receive(String message) {
        try {
            JsonNode n = M.readTree(message);
            if (n.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
                if (f != null) {
                    f.complete(n);
                }
                return;
            }
            String method = n.path("method").asText();
            JsonNode params = n.path("params");
            switch (method) {
                case "Runtime.exceptionThrown":
                    problems.add("exception: " + params.path("exceptionDetails").path("exception").path("description").asText(
                        params.path("exceptionDetails").path("text").asText()));
                    break;
                case "Runtime.consoleAPICalled":
                    if (params.path("type").asText().equals("error") || params.path("type").asText().equals("assert")) {
                        problems.add("console." + params.path("type").asText() + ": " + params.path("args").toString());
                    }
                    break;
                case "Log.entryAdded":
                    if (params.path("entry").path("level").asText().equals("error")) {
                        problems.add("log: " + params.path("entry").path("text").asText() + " " + params.path("entry").path("url").asText());
                    }
                    break;
                case "Network.loadingFailed":
                    problems.add("request failed: " + params.path("errorText").asText() + " (" + params.path("requestId").asText() + ")");
                    break;
                default:
                    break;
            }
        } catch (IOException e) {
            problems.add("unreadable DevTools message: " + e);
        }
    }

    /** Sends a command (to a page session when {@code session} is not null) and waits for its result. */
    JsonNode send(String session, String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = M.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params == null ? M.createObjectNode() : params);
        if (session != null) {
            msg.put("sessionId", session);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        synchronized (ws) {
            ws.sendText(M.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
        }
        JsonNode r = f.get(60, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IllegalStateException(method + ": " + r.get("error"));
        }
        return r.path("result");
    }

    /** A new tab of the given size, attached; returns its session id. */
    String newPage(int width, int height) throws Exception {
        String target = send(null, "Target.createTarget", M.createObjectNode().put("url", "about:blank")).get("targetId").asText();
        String session = send(null, "Target.attachToTarget", M.createObjectNode().put("targetId", target).put("flatten", true))
            .get("sessionId").asText();
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            send(session, domain + ".enable", null);
        }
        send(session, "Emulation.setDeviceMetricsOverride", M.createObjectNode().put("width", width).put("height", height)
            .put("deviceScaleFactor", 1).put("mobile", false));
        return session;
    }

    /** The value of a script expression (promises awaited), as JSON. */
    JsonNode eval(String session, String expression) throws Exception {
        JsonNode r = send(session, "Runtime.evaluate", M.createObjectNode().put("expression", expression)
            .put("returnByValue", true).put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + expression + " → " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Polls an expression until it is true; fails after the timeout. */
    void waitFor(String session, String expression, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!eval(session, "!!(" + expression + ")").asBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMs + " ms waiting for " + expression + "; problems: " + problems);
            }
            Thread.sleep(25);
        }
    }

    void navigate(String session, String url) throws Exception {
        send(session, "Page.navigate", M.createObjectNode().put("url", url));
    }

    /** A real mouse click at page coordinates. */
    void click(String session, double x, double y) throws Exception {
        send(session, "Input.dispatchMouseEvent", M.createObjectNode().put("type", "mouseMoved").put("x", x).put("y", y));
        Thread.sleep(100);
        for (String type : List.of("mousePressed", "mouseReleased")) {
            send(session, "Input.dispatchMouseEvent", M.createObjectNode().put("type", type).put("x", x).put("y", y)
                .put("button", "left").put("clickCount", 1));
        }
    }

    void screenshot(String session, Path png) throws Exception {
        String data = send(session, "Page.captureScreenshot", M.createObjectNode().put("format", "png")).get("data").asText();
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() {
        try {
            ws.sendText(M.writeValueAsString(M.createObjectNode().put("id", ids.incrementAndGet()).put("method", "Browser.close")), true)
                .get(5, TimeUnit.SECONDS);
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the process is ended below in any case
        }
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
