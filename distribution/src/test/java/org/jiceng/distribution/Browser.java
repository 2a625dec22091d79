package org.jiceng.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Headless Chromium driven over the W3C WebDriver protocol by Debian's {@code chromedriver}: the
 * handful of commands the console's tests need (open a page, find, click, type, read, run a script),
 * written against the protocol rather than pulling a browser-automation library into the build.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** The key under which WebDriver answers an element reference. */
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Process driver;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String session;

    /** Whether this machine has Debian's chromium and chromium-driver (.ci/run installs them). */
    static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    Browser() {
        int port = freePort();
        try {
            driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                if (send("GET", "/status", null).at("/value/ready").asBoolean()) {
                    break;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("chromedriver did not start");
            }
            JicengServer.sleep(100);
        }
    }

    /** A fresh browser window: no storage, no cookies from an earlier session. */
    void newSession() {
        quit();
        Map<String, Object> options = Map.of("binary", CHROMIUM.toString(), "args",
                List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=zh-CN"));
        Map<String, Object> caps = Map.of("capabilities", Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", options)));
        session = send("POST", "/session", caps).at("/value/sessionId").asText();
    }

    void open(URI url) {
        command("POST", "/url", Map.of("url", url.toString()));
    }

    /** Runs a script in the page and answers its result. */
    JsonNode script(String script, Object... args) {
        return command("POST", "/execute/sync", Map.of("script", script, "args", List.of(args)));
    }

    /** The element the CSS selector finds, waiting for it to appear. */
    String find(String css) {
        return waitFor(() -> {
            JsonNode found = command("POST", "/elements", Map.of("using", "css selector", "value", css));
            return found.size() == 0 ? null : found.get(0).get(ELEMENT).asText();
        }, "an element " + css);
    }

    /** How many elements the selector finds now. */
    int count(String css) {
        return command("POST", "/elements", Map.of("using", "css selector", "value", css)).size();
    }

    void click(String css) {
        onFresh(css, element -> command("POST", "/element/" + element + "/click", Map.of()));
    }

    void type(String css, String text) {
        onFresh(css, element -> {
            command("POST", "/element/" + element + "/clear", Map.of());
            return command("POST", "/element/" + element + "/value", Map.of("text", text));
        });
    }

    /** The visible text of the element, waiting for the element. */
    String text(String css) {
        return onFresh(css, element -> command("GET", "/element/" + element + "/text", null)).asText();
    }

    /**
     * Runs a command on the element the selector finds, finding it again when the page redrew it in between
     * (the console redraws a list after each change): the selector, not the element found first, is what is meant.
     */
    private JsonNode onFresh(String css, java.util.function.Function<String, JsonNode> action) {
        for (int attempt = 1;; attempt++) {
            try {
                return action.apply(find(css));
            } catch (IllegalStateException e) {
                if (attempt == 5 || e.getMessage() == null || !e.getMessage().contains("stale element")) {
                    throw e;
                }
            }
        }
    }

    /** Waits until the element's text satisfies the condition and answers it. */
    String textWhen(String css, java.util.function.Predicate<String> condition, String what) {
        return waitFor(() -> {
            if (count(css) == 0) {
                return null;
            }
            String t = text(css);
            return condition.test(t) ? t : null;
        }, what + " in " + css);
    }

    /**
     * Saves what the window shows as {@code target/console-screenshots/<name>.png}: the pages as a reviewer sees
     * them, kept with the build's reports.
     */
    void screenshot(String name) {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "console-screenshots");
            java.nio.file.Files.createDirectories(folder);
            byte[] png = java.util.Base64.getDecoder().decode(command("GET", "/screenshot", null).asText());
            java.nio.file.Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives a file input a file of this machine (the browser runs here), as a person choosing it would. */
    void attach(String css, java.nio.file.Path file) {
        onFresh(css, element -> command("POST", "/element/" + element + "/value", Map.of("text", file.toAbsolutePath().toString())));
    }

    String url() {
        return command("GET", "/url", null).asText();
    }

    <T> T waitFor(Supplier<T> probe, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the console did not show " + what + " within " + WAIT.toSeconds() + " s; at " + url() + ": "
                        + command("POST", "/execute/sync", Map.of("script", "return document.body.outerHTML", "args", List.of())).asText());
            }
            JicengServer.sleep(100);
        }
    }

    private JsonNode command(String method, String path, Object body) {
        if (session == null) {
            throw new IllegalStateException("no session");
        }
        JsonNode answer = send(method, "/session/" + session + path, body);
        return answer.get("value");
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body), StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").method(method, publisher).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = Api.JSON.readTree(response.body());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(
                        "WebDriver " + method + " " + path + ": " + response.statusCode() + " " + json.at("/value/message").asText());
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void quit() {
        if (session != null) {
            try {
                send("DELETE", "/session/" + session, null);
            } catch (RuntimeException e) {
                // the browser is gone already
            }
            session = null;
        }
    }

    @Override
    public void close() {
        quit();
        driver.destroy();
    }

    private static int freePort() {
        try {
            return JicengServer.freePort(); // below the ephemeral range, as the server's own
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
