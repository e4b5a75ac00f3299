package org.pathwork.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.pathwork.security.PathworkUser;
import org.pathwork.workflow.common.SafeText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every API write with an {@code Idempotency-Key} header safe to repeat. The key is claimed,
 * the command runs and its answer is stored all in one transaction, so a repeated request (even
 * to another instance, even after a restart) gets the first answer and changes nothing; two
 * requests racing with one key cannot both apply. Refusals (4xx) are not stored: they changed
 * nothing, and a corrected retry with the same key may go through.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private record Stored(String requestHash, int status, String contentType, byte[] body) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ProblemResponses problems;
    private final Clock clock;

    IdempotencyFilter(JdbcClient jdbc, TransactionTemplate transactions, ProblemResponses problems, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // a roster upload is streamed, not buffered, so it cannot be hashed; an import is idempotent
        // by itself (people and organizations are matched by sourcedId)
        return request.getHeader(HEADER) == null || RequestBodyLimitFilter.isRosterUpload(request) || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            filterIdempotent(request, response, chain);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.setHeader("Retry-After", "5");
            problems.write(response, DatabaseOutage.problem());
        }
    }

    private void filterIdempotent(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth != null && auth.getPrincipal() instanceof PathworkUser user)) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isBlank() || key.length() > 200 || !SafeText.isSafe(key)) {
            problems.write(response, ProblemResponses.problem(HttpStatus.BAD_REQUEST, "idempotency.key-invalid",
                    "The Idempotency-Key must be 1 to 200 printable characters."));
            return;
        }
        String hash = hash(request);
        Optional<Stored> earlier = find(user.personId(), key);
        if (earlier.isPresent()) {
            replay(earlier.get(), hash, response);
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            transactions.executeWithoutResult(tx -> {
                claim(user.personId(), key, hash);
                try {
                    chain.doFilter(request, buffered);
                } catch (IOException | ServletException e) {
                    throw new IllegalStateException(e);
                }
                keepAnswerOrRollBack(tx, user.personId(), key, buffered);
            });
        } catch (DuplicateKeyException raced) {
            // another request with this key committed first: answer as it did
            buffered.resetBuffer();
            Optional<Stored> winner = find(user.personId(), key);
            if (winner.isPresent()) {
                replay(winner.get(), hash, response);
                return;
            }
            throw raced;
        }
        buffered.copyBodyToResponse();
    }

    private void keepAnswerOrRollBack(TransactionStatus tx, String personId, String key,
                                      ContentCachingResponseWrapper response) {
        int status = response.getStatus();
        if (status >= 200 && status < 300 && !tx.isRollbackOnly()) {
            jdbc.sql("update idempotent_request set status = ?, content_type = ?, body = ? where person_id = ? and idempotency_key = ?")
                    .params(status, response.getContentType(), response.getContentAsByteArray(), personId, key)
                    .update();
        } else {
            tx.setRollbackOnly();
        }
    }

    private void claim(String personId, String key, String hash) {
        jdbc.sql("""
                insert into idempotent_request (person_id, idempotency_key, request_hash, status, created_at)
                values (?, ?, ?, 0, ?)""")
                .params(personId, key, hash, Timestamp.from(clock.instant())).update();
    }

    private Optional<Stored> find(String personId, String key) {
        return jdbc.sql("select request_hash, status, content_type, body from idempotent_request where person_id = ? and idempotency_key = ?")
                .params(personId, key)
                .query((rs, n) -> new Stored(rs.getString("request_hash"), rs.getInt("status"),
                        rs.getString("content_type"), rs.getBytes("body")))
                .optional();
    }

    private void replay(Stored stored, String hash, HttpServletResponse response) throws IOException {
        if (!stored.requestHash().equals(hash)) {
            problems.write(response, ProblemResponses.problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.key-reused",
                    "This Idempotency-Key was already used for a different request."));
            return;
        }
        response.setStatus(stored.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private static String hash(HttpServletRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            ServletRequest r = request;
            while (!(r instanceof CachedBodyRequest) && r instanceof ServletRequestWrapper wrapper) {
                r = wrapper.getRequest();
            }
            if (!(r instanceof CachedBodyRequest cached)) {
                throw new IllegalStateException("PW-API-010 the request body was not cached by RequestBodyLimitFilter");
            }
            sha.update(cached.body());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
