package org.pathwork.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The signed-in person of the current request, as their session remembers them. */
@Component
public class SignedInSessions {

    private final PathworkUserDetailsService users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignedInSessions(PathworkUserDetailsService users) {
        this.users = users;
    }

    /**
     * Reads the signed-in person afresh from the directory into this request and their session,
     * after they changed something of their own account (their password): the session goes on with
     * what is true now instead of being ended as out of date.
     */
    public void refresh(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof PathworkUser user)) {
            return;
        }
        PathworkUser fresh = users.loadUserByUsername(user.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            sessions.saveContext(context, request, response);
        }
    }
}
