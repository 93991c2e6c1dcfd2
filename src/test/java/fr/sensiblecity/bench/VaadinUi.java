package fr.sensiblecity.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a simulated browser keeps of one Vaadin UI, speaking Flow's client-server protocol as its JavaScript client
 * does (recorded from Chromium against this application): the page's HTML carries the UI id, the
 * CSRF token ({@code Vaadin-Security-Key}) and the push id; each UIDL request to {@code ?v-r=uidl&v-uiId=N} carries
 * the token, the last {@code syncId} the server sent and the client's own message counter {@code clientId}, which
 * the server's answer moves on.
 * <p>
 * Of the state tree it keeps only what the benchmarks read: each element's {@code id} attribute, its children and
 * text nodes, so that a node is found by its element id and an element's text is read as the page shows it.
 */
final class VaadinUi {

    static final String UIDL_PATH = "/?v-r=uidl&v-uiId=";
    /** The inline script of the page that hands the client its UI. */
    private static final String INITIAL = "window.Vaadin.TypeScript= ";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Node feature numbers of Flow's state tree (NodeFeatureRegistry). */
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;

    private final int uiId;
    private final String csrfToken;
    private final String pushId;
    private int syncId;
    private int clientId;
    private final Map<Integer, String> elementIds = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();

    private VaadinUi(int uiId, String csrfToken, String pushId) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
        this.pushId = pushId;
    }

    /**
     * The UI the page's HTML carries: the server builds the page in its first response ({@code vaadin.eagerServerLoad})
     * and hands the client its first UIDL in an inline script. Throws {@link VaadinFailure} if the page carries none.
     */
    static VaadinUi fromPage(String html) {
        int start = html.indexOf(INITIAL);
        int end = start < 0 ? -1 : html.indexOf("</script>", start);
        if (end < 0) {
            throw new VaadinFailure("page without its UI: " + abbreviate(html));
        }
        String json = html.substring(start + INITIAL.length(), end).strip();
        return fromInit(parse(json.endsWith(";") ? json.substring(0, json.length() - 1) : json).path("initial"));
    }

    /** The UI an init answer describes; throws {@link VaadinFailure} if the answer is not one. */
    private static VaadinUi fromInit(JsonNode init) {
        JsonNode config = init.path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw new VaadinFailure("init answer without a UI: " + abbreviate(init.toString()));
        }
        VaadinUi ui = new VaadinUi(config.get("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asString(),
                uidl.path("Vaadin-Push-ID").asString(""));
        ui.apply(uidl);
        return ui;
    }

    /**
     * What makes an answer a failure for a resident, or empty: the session expired, an application error, the
     * server asking the client to resynchronize, or no UIDL at all.
     */
    static Optional<String> problem(String body) {
        JsonNode message;
        try {
            message = parse(body);
        } catch (VaadinFailure notJson) {
            return Optional.of(notJson.getMessage());
        }
        JsonNode meta = message.path("meta");
        if (meta.has("sessionExpired")) {
            return Optional.of("session expired");
        }
        if (meta.has("appError")) {
            return Optional.of("application error: " + abbreviate(meta.get("appError").toString()));
        }
        if (message.has("resynchronize") || meta.has("resynchronize")) {
            return Optional.of("resynchronize");
        }
        if (!message.has("syncId") && !message.has("clientId")) {
            return Optional.of("not a UIDL message: " + abbreviate(body));
        }
        return Optional.empty();
    }

    /** Applies an answer or a push message; throws {@link VaadinFailure} if it reports a problem. */
    void apply(String body) {
        problem(body).ifPresent(failure -> {
            throw new VaadinFailure(failure);
        });
        apply(parse(body));
    }

    private void apply(JsonNode message) {
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
        for (JsonNode change : message.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString("");
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "detach" -> {
                    elementIds.remove(node);
                    children.remove(node);
                    texts.remove(node);
                }
                case "put" -> {
                    if (feature == ATTRIBUTES && "id".equals(change.path("key").asString())) {
                        elementIds.put(node, change.path("value").asString());
                    } else if (feature == TEXT && "text".equals(change.path("key").asString())) {
                        texts.put(node, change.path("value").asString(""));
                    }
                }
                case "clear" -> {
                    if (feature == CHILDREN) {
                        children.remove(node);
                    }
                }
                case "splice" -> {
                    if (feature == CHILDREN) {
                        splice(node, change);
                    }
                }
                default -> {
                    // attach, remove, listeners...: nothing the benchmarks read
                }
            }
        }
    }

    private void splice(int node, JsonNode change) {
        List<Integer> list = children.computeIfAbsent(node, id -> new ArrayList<>());
        int index = Math.min(change.path("index").asInt(), list.size());
        for (int i = change.path("remove").asInt(0); i > 0 && index < list.size(); i--) {
            list.remove(index);
        }
        List<Integer> added = new ArrayList<>();
        change.path("addNodes").forEach(id -> added.add(id.asInt()));
        list.addAll(index, added);
    }

    /** The node of the element with this {@code id} attribute. */
    Optional<Integer> node(String elementId) {
        return elementIds.entrySet().stream().filter(entry -> entry.getValue().equals(elementId)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The text the element with this {@code id} shows (its text nodes, one level down), if it is on the page. */
    Optional<String> text(String elementId) {
        return node(elementId).map(node -> {
            StringBuilder text = new StringBuilder();
            children.getOrDefault(node, List.of()).forEach(child -> text.append(texts.getOrDefault(child, "")));
            return text.toString();
        });
    }

    /** The router moving to {@code route} ("ideas/42"), as a click on a link does. */
    String navigate(String route) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "client");
        data.putObject("historyState").put("idx", 0);
        return request(event(1, "ui-navigate", data));
    }

    /** Typing {@code value} into the text field with this element id, sent when its lazy wait runs out. */
    String type(String elementId, String value) {
        int node = require(elementId);
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
        ObjectNode debounced = JSON.createObjectNode().put("1", 1).put("for", "trailing");
        return request(sync, event(node, "input", debounced));
    }

    /** A click on the element with this id, with the mouse details a button's click listener reads. */
    String click(String elementId) {
        ObjectNode data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 20).put("event.clientY", 20)
                .put("event.altKey", false).put("event.button", 0).put("event.screenX", 20).put("event.screenY", 20);
        return request(event(require(elementId), "click", data));
    }

    /** The beacon a closing page sends, so that the server frees the UI at once instead of after missed heartbeats. */
    String unload() {
        ObjectNode body = envelope();
        body.put("UNLOAD", true);
        return body.toString();
    }

    String uidlPath() {
        return UIDL_PATH + uiId;
    }

    /** Where an open page sends its heartbeat (every {@code vaadin.heartbeatInterval} seconds). */
    String heartbeatPath() {
        return "/?v-r=heartbeat&v-uiId=" + uiId;
    }

    /** The push WebSocket's path, as the client's Atmosphere library opens it. */
    String pushPath() {
        return "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId="
                + syncId;
    }

    private int require(String elementId) {
        return node(elementId).orElseThrow(() -> new VaadinFailure("no element #" + elementId + " on the page"));
    }

    private String request(ObjectNode... invocations) {
        ObjectNode body = envelope();
        ArrayNode rpc = body.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        return body.toString();
    }

    private ObjectNode envelope() {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        body.putArray("rpc");
        return body.put("syncId", syncId).put("clientId", clientId);
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    /** A UIDL answer, with or without the {@code for(;;);[...]} guard older servers put around it. */
    private static JsonNode parse(String body) {
        String json = body.strip();
        if (json.startsWith("for(;;);")) {
            json = json.substring("for(;;);".length());
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node.isArray() && !node.isEmpty() ? node.get(0) : node;
        } catch (RuntimeException notJson) {
            throw new VaadinFailure("not JSON: " + abbreviate(body));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    /** A Vaadin-level failure: the HTTP exchange worked, the page did not. */
    static final class VaadinFailure extends RuntimeException {

        VaadinFailure(String message) {
            super(message);
        }
    }
}
