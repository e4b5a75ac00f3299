package org.pathwork.security;

import java.util.Collection;
import java.util.List;
import org.pathwork.workflow.common.Actor;
import org.pathwork.workflow.common.Role;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.people.UserAccounts;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in person: their directory id and their role, which become the {@link Actor} of every
 * command. {@code sessionVersion} and the rest are what the session was granted ({@link #grant()}),
 * loaded together with the password it was checked against. passwordChangeRequired: an
 * administrator chose their password, and until they choose their own they may do nothing else
 * ({@link PasswordChangeRequired}).
 */
public record PathworkUser(String personId, String username, String displayName, Role role, String passwordHash,
                           boolean enabled, long sessionVersion, boolean passwordChangeRequired) implements UserDetails {

    public Actor actor(Source source) {
        return new Actor(personId, role, source);
    }

    public UserAccounts.Grant grant() {
        return new UserAccounts.Grant(role, enabled, passwordHash, sessionVersion);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never print the hash. */
    @Override
    public String toString() {
        return "PathworkUser[" + username + ", " + role + "]";
    }
}
