package org.pathwork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed-in Vaadin UI sessions against a running Pathwork, opened with the requests a browser
 * sends, so that their memory can be measured.
 *
 * <p>Each session has a cookie jar of its own and: loads /login; signs in by posting the login form
 * as Vaadin's LoginForm does (a demo user, password "demo"); loads its view's page; sends the
 * bootstrap request {@code ?v-r=init} that creates the server-side UI; and sends the UIDL request
 * that the client sends next, the {@code ui-navigate} event, on which the server builds the view
 * (layout, navigation, grid with its first page of rows) and returns it. Each step is checked: a
 * failed sign-in, a bootstrap answer without a UI id or a navigation that does not render the
 * requested view (for example because it ended on the sign-in page) throws.
 *
 * <p>What it does not do: fetch the JavaScript bundle and styles, run the client (no further
 * UIDL round trips such as grid range requests, heartbeats or property syncs), or open a push
 * connection (the application has push off). Sessions stay open until {@link #signOutAll()} or the
 * server's session time-out (30 min); the UIs until Vaadin misses three heartbeats (15 min).
 */
final class UiSessions {

    /** A demo user, the view their session shows and that view's page title (proof it rendered). */
    record Visit(String username, String route, String title) {
    }

    /**
     * Twenty visits, repeated: 9 students, 7 supervisors, 3 coordinators and 1 admin in every 20
     * sessions, each on a view with a grid or list that is theirs.
     */
    static final List<Visit> MIX = List.of(
            new Visit("student", "opportunities", "Opportunities · Pathwork"),
            new Visit("student", "my-placements", "My placements · Pathwork"),
            new Visit("student", "", "Inbox · Pathwork"),
            new Visit("student2", "opportunities", "Opportunities · Pathwork"),
            new Visit("student2", "my-placements", "My placements · Pathwork"),
            new Visit("student2", "", "Inbox · Pathwork"),
            new Visit("student-minor", "opportunities", "Opportunities · Pathwork"),
            new Visit("student-minor", "my-placements", "My placements · Pathwork"),
            new Visit("student-minor", "", "Inbox · Pathwork"),
            new Visit("supervisor", "supervised", "My students · Pathwork"),
            new Visit("supervisor", "supervised", "My students · Pathwork"),
            new Visit("supervisor", "", "Inbox · Pathwork"),
            new Visit("supervisor2", "supervised", "My students · Pathwork"),
            new Visit("supervisor2", "supervised", "My students · Pathwork"),
            new Visit("supervisor2", "", "Inbox · Pathwork"),
            new Visit("supervisor2", "supervised", "My students · Pathwork"),
            new Visit("coordinator", "placements", "All placements · Pathwork"),
            new Visit("coordinator", "review", "Review queue · Pathwork"),
            new Visit("coordinator", "dashboard", "Dashboard · Pathwork"),
            new Visit("admin", "admin/users", "Users · Pathwork"));

    private static final String PASSWORD = "demo";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String UIDL_PREFIX = "for(;;);";

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Session> open = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong renderChars = new AtomicLong();

    UiSessions(URI base) {
        this.base = base;
    }

    /** Opens count sessions, visits taken from {@link #MIX} in turn, from a few threads; throws on the first that fails. */
    void open(int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Visit visit = MIX.get(i % MIX.size());
                futures.add(pool.submit(() -> {
                    Session s = new Session(visit);
                    s.open();
                    open.add(s);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    int size() {
        return open.size();
    }

    /**
     * The mean length of the UIDL answers that rendered the views. Each UI keeps its last answer (to
     * resend it should the client repeat a message), so this much text per session stays on the heap
     * until the client's next round trip replaces it.
     */
    double meanRenderKb() {
        return open.isEmpty() ? 0 : renderChars.get() / 1024.0 / open.size();
    }

    /** Signs every open session out (POST /logout with its CSRF token), which ends its HTTP session and UI. */
    void signOutAll() throws Exception {
        synchronized (open) {
            for (Session s : open) {
                s.signOut();
            }
            open.clear();
        }
    }

    private final class Session {

        private final Visit visit;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String csrf;

        Session(Visit visit) {
            this.visit = visit;
        }

        void open() throws Exception {
            HttpResponse<String> login = send(get("login"));
            expect(login, 200, "GET /login");
            String form = "username=" + enc(visit.username()) + "&password=" + enc(PASSWORD)
                    + csrfOf(login.body()).map(t -> "&_csrf=" + enc(t)).orElse("");
            HttpResponse<String> signIn = send(request("login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            String target = signIn.headers().firstValue("Location").orElse("");
            if (signIn.statusCode() != 302 || target.contains("error") || target.contains("/login")) {
                throw new IllegalStateException("sign-in of " + visit.username() + " failed: HTTP "
                        + signIn.statusCode() + " to '" + target + "'");
            }

            HttpResponse<String> page = send(get(visit.route()));
            expect(page, 200, "GET /" + visit.route());
            csrf = csrfOf(page.body()).orElseThrow(() -> new IllegalStateException(
                    "the page /" + visit.route() + " of " + visit.username() + " carries no CSRF token"));

            HttpResponse<String> init = send(get("?v-r=init&location=" + enc(visit.route()) + "&query="));
            expect(init, 200, "Vaadin bootstrap (v-r=init)");
            JsonNode appConfig = json.readTree(init.body()).path("appConfig");
            JsonNode uiId = appConfig.path("v-uiId");
            String securityKey = appConfig.path("uidl").path("Vaadin-Security-Key").asText(null);
            if (!uiId.isInt() || securityKey == null) {
                throw new IllegalStateException("the bootstrap of " + visit.username() + " created no UI: "
                        + abbreviate(init.body()));
            }

            HttpResponse<String> uidl = send(request("?v-r=uidl&v-uiId=" + uiId.asInt())
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigate(securityKey))));
            expect(uidl, 200, "Vaadin navigation (v-r=uidl)");
            String body = uidl.body();
            if (!body.startsWith(UIDL_PREFIX) || !body.contains('"' + visit.title() + '"')) {
                throw new IllegalStateException("the UI of " + visit.username() + " did not render /" + visit.route()
                        + " ('" + visit.title() + "'): " + abbreviate(body));
            }
            renderChars.addAndGet(body.length());
        }

        void signOut() throws Exception {
            HttpResponse<String> out = send(request("logout")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf))));
            if (out.statusCode() != 302) {
                throw new IllegalStateException("sign-out of " + visit.username() + " failed: HTTP " + out.statusCode());
            }
        }

        /** The client's first message: the ui-navigate event on the UI's root node (1), as flow-client sends it. */
        private String navigate(String securityKey) throws IOException {
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode data = f.objectNode().put("route", visit.route()).put("query", "").put("appShellTitle", "")
                    .put("trigger", "");
            data.putObject("historyState").putNull("usr").put("key", "default").put("idx", 0);
            ObjectNode message = f.objectNode().put("csrfToken", securityKey);
            message.putArray("rpc").addObject().put("type", "event").put("node", 1).put("event", "ui-navigate")
                    .set("data", data);
            message.put("syncId", 0).put("clientId", 0);
            return json.writeValueAsString(message);
        }

        private HttpRequest.Builder get(String path) {
            return request(path).GET();
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/" + path)).timeout(Duration.ofSeconds(60));
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ")
                        .append(name).append('=').append(value));
                b.header("Cookie", header.toString());
            }
            return b;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return response;
        }

        private void expect(HttpResponse<String> response, int status, String what) {
            if (response.statusCode() != status) {
                throw new IllegalStateException(what + " for " + visit.username() + ": HTTP " + response.statusCode()
                        + " " + response.headers().firstValue("Location").orElse("") + " " + abbreviate(response.body()));
            }
        }
    }

    private static Optional<String> csrfOf(String html) {
        Matcher m = CSRF_META.matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }
}
