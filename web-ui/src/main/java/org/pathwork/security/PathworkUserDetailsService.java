package org.pathwork.security;

import org.pathwork.workflow.people.UserAccounts;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Sign-in looks people up in the directory's accounts. */
@Component
public class PathworkUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    PathworkUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public PathworkUser loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(a -> new PathworkUser(a.person().id(), a.person().username(), a.person().displayName(),
                        a.person().role(), a.passwordHash(), a.enabled(), a.sessionVersion(),
                        a.passwordChangeRequired()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
