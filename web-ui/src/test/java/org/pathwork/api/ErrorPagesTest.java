package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * No error names the server software or shows a stack trace, down to requests Tomcat refuses
 * before Spring sees them; those are sent here over a raw socket, as an HTTP client would not.
 * Spring's own /error answers with a sentence too (the Vaadin UI's error views: ErrorViewsTest).
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest extends ApiTestSupport {

    /** The whole answer to a raw request, head and body (the server closes: Connection: close). */
    private String rawRequest(String requestHead) throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            try {
                in.transferTo(answer);
            } catch (SocketException reset) {
                // some refusals end with a reset after the answer; what arrived is what counts
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static void namesNoServerAndShowsNoTrace(String answer) {
        assertThat(answer).as("an answer came").startsWith("HTTP/1.1 4");
        assertThat(answer.toLowerCase()).as(answer)
                .doesNotContain("tomcat").doesNotContain("apache").doesNotContain("exception")
                .doesNotContain("\n\tat ").doesNotContain("x-powered-by").doesNotContain("\nserver:");
    }

    @Test
    void aBadEscapeInAPageAddressGetsASentenceAndTheWayBack() throws IOException {
        String answer = rawRequest("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        namesNoServerAndShowsNoTrace(answer);
        assertThat(answer).startsWith("HTTP/1.1 400").contains("could not be read").contains("href=\"/\"");
    }

    @Test
    void aBadEscapeUnderApiGetsProblemDetails() throws IOException {
        String answer = rawRequest("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        namesNoServerAndShowsNoTrace(answer);
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"status\":400");
    }

    @Test
    void anOverlongHeaderIsRefusedWithoutNamingTheServer() throws IOException {
        String answer = rawRequest("GET / HTTP/1.1\r\nHost: localhost\r\nX-Long: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        namesNoServerAndShowsNoTrace(answer);
        assertThat(answer).startsWith("HTTP/1.1 400");
    }

    @Test
    void aRequestLineTomcatCannotParseIsRefusedWithoutNamingTheServer() throws IOException {
        String answer = rawRequest("GET /a{b} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        namesNoServerAndShowsNoTrace(answer);
        assertThat(answer).startsWith("HTTP/1.1 400");
    }

    @Test
    void springsErrorPageOpenedDirectlyIsASentenceWithTheWayBack() throws IOException {
        String answer = rawRequest("GET /error HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n");
        namesNoServerAndShowsNoTrace(answer);
        assertThat(answer).startsWith("HTTP/1.1 404").contains("There is no page at this address.")
                .contains("href=\"/\"").doesNotContain("Whitelabel").doesNotContain("timestamp");
    }

    @Test
    void aMissingPageAsksAnonymousPeopleToSignInAndNamesNothing() throws IOException {
        String answer = rawRequest("GET /no-such-page HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer.toLowerCase()).doesNotContain("tomcat").doesNotContain("exception").doesNotContain("\n\tat ");
        assertThat(answer).startsWith("HTTP/1.1 302").containsPattern("(?i)\r\nLocation: [^\r]*/login\r\n");
    }

    @Autowired PlainErrorController errors;

    @Test
    void anExceptionOutsideVaadinAndTheApiGetsAPageWithAReferenceAndTheLogGetsTheException(CapturedOutput log)
            throws IOException {
        MockHttpServletResponse response = forwardedToError("/camunda/app/somewhere");
        String page = response.getContentAsString();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(page).contains("Something went wrong on our side.").contains("href=\"/\"")
                .doesNotContain("secret-detail").doesNotContain("Exception").doesNotContain("at org.");
        String reference = page.replaceAll("(?s).*the reference ([0-9a-f]{12})\\..*", "$1");
        assertThat(reference).matches("[0-9a-f]{12}");
        assertThat(log.getAll()).contains("PW-UI-021 unexpected error answering a request, reference " + reference)
                .contains("secret-detail 4711");
    }

    @Test
    void anExceptionUnderTheApiThatReachesSpringsErrorPageIsProblemDetails() throws IOException {
        MockHttpServletResponse response = forwardedToError("/api/placements");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"server.error\"").contains("Reference ")
                .doesNotContain("secret-detail").doesNotContain("Exception");
    }

    /** What the servlet container hands to /error after an exception on {@code path}. */
    private MockHttpServletResponse forwardedToError(String path) throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
                new IllegalStateException("secret-detail 4711 from deep inside"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        errors.error(request, response);
        return response;
    }

    @Test
    void anOrdinaryAnswerCarriesNoServerHeader() throws IOException {
        String answer = rawRequest("GET /api/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        namesNoServerAndShowsNoTrace(answer);
        assertThat(answer).startsWith("HTTP/1.1 401");
    }
}
