package org.pathwork.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API request bodies larger than {@link #LIMIT} are refused with 413 before anything parses them;
 * smaller ones are read once into memory (the idempotency check hashes them). A roster upload is the
 * one exception: it may be as large as {@code pathwork.roster.max-upload-bytes} and is streamed,
 * not buffered, with its bytes counted as they are read.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final int LIMIT = 256 * 1024;

    private final ProblemResponses problems;
    private final long rosterLimit;

    RequestBodyLimitFilter(ProblemResponses problems, long rosterLimit) {
        this.problems = problems;
        this.rosterLimit = rosterLimit;
    }

    /** Whether this is the roster upload, whose body is streamed. */
    static boolean isRosterUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + RosterImportController.PATH).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isRosterUpload(request)) {
            if (request.getContentLengthLong() > rosterLimit) {
                tooLarge(response, rosterLimit);
                return;
            }
            chain.doFilter(new Counted(request, rosterLimit), response);
            return;
        }
        if (request.getContentLengthLong() > LIMIT) {
            tooLarge(response, LIMIT);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(LIMIT + 1);
        }
        if (body.length > LIMIT) {
            tooLarge(response, LIMIT);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void tooLarge(HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(response, ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE, "request.too-large",
                message(limit)));
    }

    private static String message(long limit) {
        return limit >= 1024 * 1024 ? "The request body is larger than " + limit / (1024 * 1024) + " MB."
                : "The request body is larger than " + limit / 1024 + " KB.";
    }

    /** A streamed body went past its limit (a body sent without Content-Length); answered 413. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super(message(limit), null, false, false);
        }
    }

    /** The request with a body that throws {@link TooLarge} once more than the limit has been read. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > limit) {
                            throw new TooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
