package org.pathwork.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.pathwork.security.PathworkUser;
import org.pathwork.security.SignedInSessions;
import org.pathwork.workflow.common.Permission;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.people.UserAdministration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
class MeController {

    record Me(String username, List<String> roles, String displayName) {
    }

    record PasswordChangeJson(String currentPassword, String newPassword) {
    }

    record PasswordChangedJson(boolean changed) {
    }

    private final UserAdministration users;
    private final PasswordEncoder passwords;
    private final SignedInSessions sessions;

    MeController(UserAdministration users, PasswordEncoder passwords, SignedInSessions sessions) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    @GetMapping
    Me me(@AuthenticationPrincipal PathworkUser user) {
        return new Me(user.username(), List.of(user.role().group()), user.displayName());
    }

    /** The caller replaces their own password, giving the current one; the rules are the service's. */
    @PostMapping("/password")
    @Requires(Permission.CHANGE_OWN_PASSWORD)
    PasswordChangedJson changePassword(@AuthenticationPrincipal PathworkUser user,
                                       @RequestBody PasswordChangeJson body, HttpServletRequest request,
                                       HttpServletResponse response) {
        users.changeOwnPassword(user.actor(Source.API), body.currentPassword(), body.newPassword(),
                passwords::matches, passwords::encode);
        sessions.refresh(request, response);
        return new PasswordChangedJson(true);
    }
}
