package fr.sensiblecity.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One resident's visit, as Chromium makes it against this application (recorded, then written with Gatling's Java
 * DSL): opens /ideas (the HTML carrying its UI, the router's first navigation, the push WebSocket), searches (the
 * field's lazy value change), opens two ideas through the router, signs in with the demo form, lands on the home
 * page, opens a third idea and supports it. About {@code bench.load.think} seconds pass between two steps. Every
 * UIDL answer must be one: an expired session, an application error or a resynchronisation fails the request.
 * A resident whose request fails stops there: the failure is counted once, and what would have followed is not.
 * <p>
 * Read by {@link HttpLoadBenchmark}, which sets these system properties: {@code bench.load.base},
 * {@code bench.load.users}, {@code bench.load.ramp} (seconds), {@code bench.load.think} (seconds),
 * {@code bench.load.ideaIds} (comma separated).
 */
public class ResidentSimulation extends Simulation {

    private static final String BASE = System.getProperty("bench.load.base", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("bench.load.users", 1_000);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("bench.load.ramp", 60));
    private static final Duration THINK = Duration.ofMillis((long) (1000 * Double.parseDouble(
            System.getProperty("bench.load.think", "10"))));
    private static final long[] IDEAS = Arrays.stream(System.getProperty("bench.load.ideaIds", "1").split(","))
            .mapToLong(Long::parseLong).toArray();
    private static final List<String> SEARCHES = List.of("vélo", "jardin partagé", "ecole", "navette", "hydroliennes",
            "Fontaines");
    private static final String JSON = "application/json; charset=UTF-8";

    /** What the benchmark reads after the run: each HTTP request's time, requests and push connections, failures. */
    static final Queue<Long> RESPONSE_TIMES_MS = new ConcurrentLinkedQueue<>();
    static final AtomicLong INTERACTIONS = new AtomicLong();
    static final AtomicLong ERRORS = new AtomicLong();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).wsBaseUrl(BASE.replaceFirst("^http", "ws"))
            .acceptLanguageHeader("fr-FR,fr;q=0.9").userAgentHeader("Sensible City load benchmark (Gatling)")
            .shareConnections();

    private final ScenarioBuilder resident = scenario("Resident")
            .feed(residents())
            .exec(openPage("List", session -> "ideas"))
            .pause(THINK.dividedBy(2), THINK.multipliedBy(3).dividedBy(2))
            .exec(session -> session.set("search", SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size()))))
            .exec(uidl("Search", (ui, session) -> ui.type("ideas-search", session.getString("search"))))
            .pause(THINK.dividedBy(2), THINK.multipliedBy(3).dividedBy(2))
            .exec(uidl("Open an idea", (ui, session) -> ui.navigate("ideas/" + anyIdea())))
            .pause(THINK.dividedBy(2), THINK.multipliedBy(3).dividedBy(2))
            .exec(uidl("Open another idea", (ui, session) -> ui.navigate("ideas/" + anyIdea())))
            .pause(THINK.dividedBy(2), THINK.multipliedBy(3).dividedBy(2))
            .exec(openPage("Sign-in page", session -> "login"))
            .pause(THINK.dividedBy(2), THINK.multipliedBy(3).dividedBy(2))
            .exec(signIn())
            .exec(openPage("Home, signed in", session -> ""))
            .pause(THINK.dividedBy(2), THINK.multipliedBy(3).dividedBy(2))
            .exec(uidl("Open the idea to support", (ui, session) -> ui.navigate("ideas/" + anyIdea())))
            .pause(THINK.dividedBy(2), THINK.multipliedBy(3).dividedBy(2))
            .exec(uidl("Support", (ui, session) -> ui.click("support-button")))
            .pause(THINK.dividedBy(2), THINK.multipliedBy(3).dividedBy(2))
            .exec(leavePage());

    {
        setUp(resident.injectOpen(rampUsers(USERS).during(RAMP))).protocols(protocol);
    }

    /** A new page: the previous one closes (its beacon, its push), then the HTML (with its UI), navigation and push. */
    private static ChainBuilder openPage(String name, Function<Session, String> location) {
        return exec(leavePage())
                .exec(timed(http(name).get(session -> "/" + location.apply(session)).check(status().is(200),
                        regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").optional().saveAs("formCsrf"),
                        bodyString().saveAs("page"))))
                // The server builds the page's UI in this first answer (vaadin.eagerServerLoad): no init request.
                .exec(session -> failsOn(session, () -> session.set("ui", VaadinUi.fromPage(session.getString("page")))
                        .remove("page"))).exitHereIfFailed()
                .exec(uidl(name + ": navigation", (ui, session) -> ui.navigate(location.apply(session))))
                .exec(ws(name + ": push").wsName("push").connect(session -> ui(session).pushPath()))
                .exec(session -> count(session).set("pushOpen", true)).exitHereIfFailed();
    }

    private static ChainBuilder leavePage() {
        return doIf(session -> session.contains("pushOpen")).then(
                exec(ws("Leave: push closed").wsName("push").close())
                        .exec(timed(http("Leave: unload beacon").post(session -> ui(session).uidlPath())
                                .header("Content-Type", JSON).body(StringBody(session -> ui(session).unload()))
                                .check(status().is(200))))
                        .exec(session -> session.remove("pushOpen")));
    }

    /** The demo form's POST, with Spring Security's token from the sign-in page: a redirect away from it. */
    private static ChainBuilder signIn() {
        return timed(http("Sign in").post("/login").formParam("_csrf", "#{formCsrf}")
                .formParam("username", session -> PackagedServer.username(session.getInt("resident")))
                .formParam("password", PackagedServer.PASSWORD).disableFollowRedirect()
                .check(status().is(302), header("Location").transform(to -> to.contains("error") ? "refused" : "in")
                        .is("in")));
    }

    /** One UIDL request of the current UI; the answer must be a UIDL message, and the UI takes it in. */
    private static ChainBuilder uidl(String name, UidlRequest request) {
        return timed(http(name).post(session -> ui(session).uidlPath()).header("Content-Type", JSON)
                .body(StringBody(session -> request.body(ui(session), session)))
                .check(status().is(200), bodyString().transform(body -> VaadinUi.problem(body).orElse("none")).is("none"),
                        bodyString().saveAs("uidl")))
                .exec(session -> failsOn(session, () -> {
                    ui(session).apply(session.getString("uidl"));
                    return session.remove("uidl");
                })).exitHereIfFailed();
    }

    /**
     * The request, its response time kept in {@link #RESPONSE_TIMES_MS}; a failed one is counted and ends the
     * resident's visit (what follows would fail for the same reason).
     */
    private static ChainBuilder timed(HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("ms"))).exec(session -> {
            if (session.contains("ms")) {
                RESPONSE_TIMES_MS.add(session.getLong("ms"));
            }
            return count(session).remove("ms");
        }).exitHereIfFailed();
    }

    /** The session {@code step} returns, or, if the page's answer was not what a browser can use, a failed one. */
    private static Session failsOn(Session session, java.util.function.Supplier<Session> step) {
        try {
            return step.get();
        } catch (VaadinUi.VaadinFailure failure) {
            ERRORS.incrementAndGet();
            return session.markAsFailed();
        }
    }

    private static Session count(Session session) {
        INTERACTIONS.incrementAndGet();
        if (session.isFailed()) {
            ERRORS.incrementAndGet();
        }
        return session;
    }

    private static VaadinUi ui(Session session) {
        return session.get("ui");
    }

    private static long anyIdea() {
        return IDEAS[ThreadLocalRandom.current().nextInt(IDEAS.length)];
    }

    /** Each virtual user is another resident, with an account of its own. */
    private static Iterator<Map<String, Object>> residents() {
        return IntStream.range(0, USERS).<Map<String, Object>>mapToObj(i -> Map.of("resident", i)).iterator();
    }

    @FunctionalInterface
    private interface UidlRequest {
        String body(VaadinUi ui, Session session);
    }
}
