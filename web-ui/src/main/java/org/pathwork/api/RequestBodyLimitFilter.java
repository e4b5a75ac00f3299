package org.pathwork.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API request bodies larger than {@link #LIMIT} are refused with 413 before anything parses them;
 * smaller ones are read once into memory (the idempotency check hashes them).
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final int LIMIT = 256 * 1024;

    private final ProblemResponses problems;

    RequestBodyLimitFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT) {
            tooLarge(response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(LIMIT + 1);
        }
        if (body.length > LIMIT) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(response, ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE, "request.too-large",
                "The request body is larger than " + LIMIT / 1024 + " KB."));
    }
}
