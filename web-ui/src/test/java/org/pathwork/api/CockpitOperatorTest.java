package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cockpit is an instrument: a Pathwork admin looks at processes, suspends and resumes them, retries
 * jobs; no one deploys, starts a process or reaches Tasklist and the Admin app. The refusals are
 * shown with well-formed requests (session, Camunda's XSRF token, Origin) that an allowed write
 * with the same session and token passes, so they show the rule and not a missing token.
 */
/*
 * Camunda's web apps find the engine, and cache what they build on it, by name in JVM-wide
 * registries, so with several Spring test contexts in one JVM Cockpit may answer from another
 * context's engine: this class runs in a JVM of its own (web-ui/pom.xml, execution "cockpit").
 */
class CockpitOperatorTest extends ApiIntegrationTest {

    private static final String ENGINE_API = "/camunda/api/engine/engine/default";
    private static final String OPERATORS = "pathwork-operators";

    @Autowired ProcessEngine engine;

    private HttpClient browser;
    private CookieManager cookies;
    private String xsrf;

    @BeforeEach
    void adminSignedInToCockpit() throws Exception {
        cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = send(HttpRequest.newBuilder(uri("/login")).build()).body();
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo&_csrf=" + csrf(loginPage))).build());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        HttpResponse<String> cockpit = send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).build());
        assertThat(cockpit.statusCode()).as(cockpit.body()).isEqualTo(200);
        send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).build());
        xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("Cockpit set no XSRF-TOKEN cookie: " + cookies.getCookieStore().getCookies()));
    }

    // --- what an operator may do ---------------------------------------------------------------------

    @Test
    void theAdminSeesTheSignedInUserAndListsProcessInstancesThroughCockpit() throws Exception {
        String placement = applied("student", "supervisor");

        HttpResponse<String> me = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).build());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"userId\":\"admin\"").contains("cockpit").doesNotContain("tasklist");

        HttpResponse<String> instances = send(write("POST", ENGINE_API + "/process-instance", "application/json",
                "{\"businessKey\":\"" + placement + "\"}"));
        assertThat(instances.statusCode()).as(instances.body()).isEqualTo(200);
        assertThat(instances.body()).contains(placement);
    }

    @Test
    void theAdminSuspendsAndResumesAProcessInstanceWithTheSameSessionAndToken() throws Exception {
        ProcessInstance instance = processOf(applied("student", "supervisor"));

        HttpResponse<String> suspend = send(write("PUT", ENGINE_API + "/process-instance/" + instance.getId() + "/suspended",
                "application/json", "{\"suspended\":true}"));
        assertThat(suspend.statusCode()).as(suspend.body()).isEqualTo(204);
        assertThat(processById(instance.getId()).isSuspended()).isTrue();

        HttpResponse<String> resume = send(write("PUT", ENGINE_API + "/process-instance/" + instance.getId() + "/suspended",
                "application/json", "{\"suspended\":false}"));
        assertThat(resume.statusCode()).as(resume.body()).isEqualTo(204);
        assertThat(processById(instance.getId()).isSuspended()).isFalse();
    }

    @Test
    void withoutCamundasTokenTheSameAllowedWriteIsRefused() throws Exception {
        ProcessInstance instance = processOf(applied("student", "supervisor"));
        HttpResponse<String> noToken = send(HttpRequest.newBuilder(uri(ENGINE_API + "/process-instance/" + instance.getId() + "/suspended"))
                .header("Origin", origin()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"suspended\":true}")).build());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(processById(instance.getId()).isSuspended()).isFalse();
    }

    // --- what no one may do ----------------------------------------------------------------------------

    @Test
    void aWellFormedDeploymentWhoseExpressionCallsASpringBeanIsRefusedAndNothingIsDeployed() throws Exception {
        long before = engine.getRepositoryService().createDeploymentQuery().count();
        String boundary = "----pathwork" + UUID.randomUUID();
        byte[] body = multipart(boundary, "deployment-name", "calls-a-bean", "calls-a-bean.bpmn", beanCallingProcess());

        for (String path : List.of(ENGINE_API + "/deployment/create", ENGINE_API + "/deployment/create/",
                ENGINE_API + "/%64eployment/create")) {
            HttpResponse<String> deploy = send(HttpRequest.newBuilder(uri(path))
                    .header("Origin", origin()).header("X-XSRF-TOKEN", xsrf)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            assertThat(deploy.statusCode()).as(path + ": " + deploy.body()).isIn(400, 403, 404);
        }
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void startingAProcessOrCorrelatingAMessageThroughCockpitIsRefused() throws Exception {
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();
        for (String path : List.of(ENGINE_API + "/process-definition/key/placement_lifecycle/start",
                ENGINE_API + "/process-definition/key/placement_lifecycle/submit-form",
                ENGINE_API + "/message", ENGINE_API + "/signal", ENGINE_API + "/condition")) {
            HttpResponse<String> r = send(write("POST", path, "application/json",
                    "{\"businessKey\":\"" + UUID.randomUUID() + "\",\"messageName\":\"x\",\"name\":\"x\"}"));
            assertThat(r.statusCode()).as(path + ": " + r.body()).isIn(403, 404);
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void tasklistTheAdminAppAndCamundasOwnSignInAndSetUpAreNotServed() throws Exception {
        for (String path : List.of("/camunda/app/tasklist/default/", "/camunda/app/admin/default/",
                "/camunda/app/welcome/default/", "/camunda/api/admin/plugin/adminPlugins/default/users",
                "/camunda/api/tasklist/plugin/tasklistPlugins/default/")) {
            assertThat(send(HttpRequest.newBuilder(uri(path)).build()).statusCode()).as(path).isIn(403, 404);
        }
        for (String path : List.of("/camunda/api/admin/setup/default/user/create",
                "/camunda/api/admin/auth/user/default/login/cockpit")) {
            HttpResponse<String> r = send(write("POST", path, "application/json",
                    "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-password\"}}"));
            assertThat(r.statusCode()).as(path + ": " + r.body()).isIn(403, 404);
        }
        assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
        HttpResponse<String> newUser = send(write("POST", ENGINE_API + "/user/create", "application/json",
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-password\"}}"));
        assertThat(newUser.statusCode()).isIn(403, 404);
        assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void coordinatorsAndStudentsGetNothingUnderCamunda() {
        for (String user : List.of("coordinator", "student", "supervisor")) {
            for (String path : List.of("/camunda/app/cockpit/default/", "/camunda/api/admin/auth/user/default",
                    ENGINE_API + "/process-definition")) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build());
                assertThat(r.statusCode()).as(user + " " + path).isEqualTo(403);
            }
        }
    }

    // --- the engine's own lock, without Spring Security in front of it -----------------------------------

    @Test
    void camundasAuthorizationsAloneRefuseAnOperatorEverythingButLookingRetryingAndSuspending() {
        ProcessInstance instance = processOf(applied("student", "supervisor"));
        engine.getIdentityService().setAuthentication("admin", List.of(OPERATORS));
        try {
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                    .isEqualTo(1);
            engine.getRuntimeService().suspendProcessInstanceById(instance.getId());
            engine.getRuntimeService().activateProcessInstanceById(instance.getId());

            assertThatThrownBy(() -> engine.getRepositoryService().createDeployment()
                    .addString("calls-a-bean.bpmn", new String(beanCallingProcess(), StandardCharsets.UTF_8)).deploy())
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("placement_lifecycle"))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> engine.getRuntimeService().setVariable(instance.getId(), "x", 1))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test"))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> engine.getIdentityService().saveUser(engine.getIdentityService().newUser("intruder")))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> engine.getManagementService().getTableCount())
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(processById(instance.getId()).isSuspended()).isFalse();
    }

    @Test
    void noOneIsACamundaAdministratorAndTheEngineRefusesExpressionsInQueries() throws Exception {
        send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).build());
        assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
                .extracting(org.camunda.bpm.engine.identity.User::getId).containsExactly("CockpitSetupSeal");
        assertThat(engine.getIdentityService().createUserQuery().userId("admin").count()).isEqualTo(1);

        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.isAuthorizationEnabled()).isTrue();
        assertThat(config.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(config.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(config.isDeserializationTypeValidationEnabled()).isTrue();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** A valid, deployable process whose service task calls a Spring bean of Pathwork's. */
    private static byte[] beanCallingProcess() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://pathwork.org/test">
                  <bpmn:process id="calls_a_bean" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start"/>
                    <bpmn:sequenceFlow id="to_call" sourceRef="start" targetRef="call"/>
                    <bpmn:serviceTask id="call" camunda:expression="${userAccounts.findByUsername('admin')}"/>
                    <bpmn:sequenceFlow id="to_end" sourceRef="call" targetRef="end"/>
                    <bpmn:endEvent id="end"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] multipart(String boundary, String nameField, String name, String fileName, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + nameField + "\"\r\n\r\n" + name + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A modifying request as Cockpit's own pages send it: session cookie, X-XSRF-TOKEN and Origin. */
    private HttpRequest write(String method, String path, String contentType, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Origin", origin()).header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", contentType).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private ProcessInstance processOf(String placementId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(placementId).singleResult();
    }

    private ProcessInstance processById(String id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return (browser != null && !request.headers().firstValue("Authorization").isPresent()
                    ? browser : HttpClient.newHttpClient()).send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    private URI uri(String path) {
        return URI.create(origin() + path);
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF token in the login page");
        }
        return m.group(1);
    }
}
