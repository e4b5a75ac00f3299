package org.pathwork.api;

import java.util.List;
import org.pathwork.security.PathworkUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
class MeController {

    record Me(String username, List<String> roles, String displayName) {
    }

    @GetMapping
    Me me(@AuthenticationPrincipal PathworkUser user) {
        return new Me(user.username(), List.of(user.role().group()), user.displayName());
    }
}
