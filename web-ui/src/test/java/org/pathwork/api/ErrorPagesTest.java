package org.pathwork.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * No error names the server software or shows a stack trace, down to requests Tomcat refuses
 * before Spring sees them; those are sent here over a raw socket, as an HTTP client would not.
 */
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
    void anOrdinaryAnswerCarriesNoServerHeader() throws IOException {
        String answer = rawRequest("GET /api/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        namesNoServerAndShowsNoTrace(answer);
        assertThat(answer).startsWith("HTTP/1.1 401");
    }
}
