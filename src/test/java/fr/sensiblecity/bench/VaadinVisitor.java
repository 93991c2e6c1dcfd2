package fr.sensiblecity.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser tab, over an {@link HttpClient} shared with many others: its own cookies (its own session),
 * a page opened as the client opens it (the HTML, which carries the UI, then the router's {@code ui-navigate}), UIDL
 * requests, the demo profile's sign-in form, and Vaadin push over a WebSocket (Atmosphere's protocol, as the client
 * speaks it: each message is {@code length|payload}).
 */
final class VaadinVisitor {

    private static final Pattern FORM_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private VaadinUi ui;

    VaadinVisitor(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Opens {@code location} ("ideas/42") in a new page: a new UI, which becomes this tab's. */
    VaadinUi open(String location) throws IOException, InterruptedException {
        ui = VaadinUi.fromPage(expect(200, send(get("/" + location))).body());
        uidl(ui.navigate(location));
        return ui;
    }

    /** Sends one UIDL request and applies the answer; throws {@link VaadinUi.VaadinFailure} on a Vaadin failure. */
    void uidl(String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = expect(200, send(HttpRequest.newBuilder(URI.create(base + ui.uidlPath()))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body))));
        ui.apply(answer.body());
    }

    /** The heartbeat an open page sends every minute: without it the server closes the UI, and its session ends. */
    void heartbeat() throws IOException, InterruptedException {
        expect(200, send(HttpRequest.newBuilder(URI.create(base + ui.heartbeatPath()))
                .POST(HttpRequest.BodyPublishers.noBody())));
    }

    /** Signs in through the demo profile's form (Spring Security's form login, with its CSRF token). */
    void signIn(String username, String password) throws IOException, InterruptedException {
        String page = expect(200, send(get("/login"))).body();
        VaadinUi signInPage = VaadinUi.fromPage(page);
        Matcher token = FORM_CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("the sign-in page carries no CSRF token");
        }
        String form = "_csrf=" + encode(token.group(1)) + "&username=" + encode(username) + "&password=" + encode(password);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + answer.statusCode() + " " + location);
        }
        // The browser leaves the sign-in page: its beacon frees that page's UI at once, as in a resident's visit.
        expect(200, send(HttpRequest.newBuilder(URI.create(base + signInPage.uidlPath()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(signInPage.unload()))));
    }

    /** Opens the push connection of the current UI; each message's UIDL goes to {@code onMessage}. */
    CompletableFuture<WebSocket> listen(Consumer<String> onMessage) {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(TIMEOUT);
        cookieHeader(URI.create(base)).ifPresent(value -> builder.header("Cookie", value));
        return builder.buildAsync(URI.create(base.replaceFirst("^http", "ws") + ui.pushPath()), new AtmosphereFrames(onMessage));
    }

    VaadinUi ui() {
        return ui;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "fr").GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        URI uri = request.copy().build().uri();
        cookieHeader(uri).ifPresent(value -> request.header("Cookie", value));
        HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        cookies.put(uri, response.headers().map());
        return response;
    }

    private java.util.Optional<String> cookieHeader(URI uri) {
        try {
            List<String> values = cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of());
            return values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("; ", values));
        } catch (IOException unreadable) {
            return java.util.Optional.empty();
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode());
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Atmosphere's framing with {@code X-Atmosphere-TrackMessageSize}: {@code length|message}, several per frame or
     * one over several frames. The first message is the handshake ({@code uuid|heartbeat|X|}), and Atmosphere's
     * heartbeats are a single {@code X}: neither is UIDL.
     */
    private static final class AtmosphereFrames implements WebSocket.Listener {

        private final Consumer<String> onMessage;
        private final StringBuilder pending = new StringBuilder();

        AtmosphereFrames(Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            pending.append(data);
            while (true) {
                int bar = pending.indexOf("|");
                if (bar < 0) {
                    break;
                }
                int length = Integer.parseInt(pending.substring(0, bar).strip());
                if (pending.length() < bar + 1 + length) {
                    break;
                }
                String message = pending.substring(bar + 1, bar + 1 + length);
                pending.delete(0, bar + 1 + length);
                if (message.startsWith("{") || message.startsWith("for(;;);") || message.startsWith("[")) {
                    onMessage.accept(message);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
