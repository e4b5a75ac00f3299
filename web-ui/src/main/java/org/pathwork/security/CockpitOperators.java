package org.pathwork.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a Pathwork admin may do in Cockpit, as Camunda authorizations of one group: look at
 * processes, their history and incidents, retry failed jobs, suspend and resume. Nothing that
 * deploys, starts, modifies, deletes or changes variables, so no one can run code of their own
 * through the engine (a deployed expression can call any Spring bean). Written at every start
 * and reduced to exactly this set, so a grant added by hand or by an older version does not stay.
 *
 * <p>Pathwork's own engine calls run without a Camunda user and so are not checked: authorization
 * applies only to requests that come in through Cockpit.
 */
@Component
class CockpitOperators extends AbstractProcessEnginePlugin {

    static final String GROUP = "pathwork-operators";

    private static final Logger log = LoggerFactory.getLogger(CockpitOperators.class);

    /** One grant: a resource, "*" or one id, and the permissions on it. */
    record Grant(Resource resource, String resourceId, List<Permission> permissions) {
    }

    static final List<Grant> GRANTS = List.of(
            new Grant(Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)),
            new Grant(Resources.PROCESS_DEFINITION, "*", List.of(ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.RETRY_JOB,
                    ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.SUSPEND_INSTANCE)),
            new Grant(Resources.PROCESS_INSTANCE, "*", List.of(ProcessInstancePermissions.READ,
                    ProcessInstancePermissions.RETRY_JOB, ProcessInstancePermissions.SUSPEND)),
            new Grant(Resources.DEPLOYMENT, "*", List.of(Permissions.READ)));

    /**
     * Camunda's web apps send everyone to a first-user set-up page while its administrators' group
     * has no member. This member stops that and can never sign in: its id is no Pathwork username
     * (those are lower case), its password is random and kept nowhere, and Camunda's own sign-in and
     * set-up are refused (CamundaRefusedPaths).
     */
    static final String SETUP_SEAL = "CockpitSetupSeal";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        sealSetup(engine.getIdentityService());
        ensureGroup(engine.getIdentityService());
        for (Grant grant : GRANTS) {
            ensure(engine.getAuthorizationService(), grant);
        }
        log.info("PW-COCKPIT-001 Cockpit operator rights of group {} checked ({} grants)", GROUP, GRANTS.size());
    }

    private static void sealSetup(IdentityService identity) {
        // earlier versions made every Pathwork admin a Camunda administrator: undo that
        List<User> administrators = identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list();
        for (User user : administrators) {
            if (!user.getId().equals(SETUP_SEAL)) {
                identity.deleteMembership(user.getId(), Groups.CAMUNDA_ADMIN);
                log.warn("PW-COCKPIT-003 a user was removed from Camunda's administrators; Cockpit operators get "
                        + "the rights of group {} instead", GROUP);
            }
        }
        if (administrators.stream().anyMatch(u -> u.getId().equals(SETUP_SEAL))) {
            return;
        }
        try {
            if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
                Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
                group.setName("Camunda administrators (no Pathwork user is one)");
                group.setType(Groups.GROUP_TYPE_SYSTEM);
                identity.saveGroup(group);
            }
            if (identity.createUserQuery().userId(SETUP_SEAL).count() == 0) {
                User seal = identity.newUser(SETUP_SEAL);
                seal.setFirstName("Set-up");
                seal.setLastName("done (cannot sign in)");
                seal.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
                identity.saveUser(seal);
            }
            identity.createMembership(SETUP_SEAL, Groups.CAMUNDA_ADMIN);
        } catch (ProcessEngineException raced) {
            // another instance starting on the same database may have sealed it first
            if (identity.createUserQuery().userId(SETUP_SEAL).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
                throw raced;
            }
        }
    }

    private static void ensureGroup(IdentityService identity) {
        if (identity.createGroupQuery().groupId(GROUP).count() > 0) {
            return;
        }
        Group group = identity.newGroup(GROUP);
        group.setName("Pathwork admins as Cockpit operators");
        group.setType("WORKFLOW");
        try {
            identity.saveGroup(group);
        } catch (ProcessEngineException raced) {
            // another instance starting on the same database may have saved it first
            if (identity.createGroupQuery().groupId(GROUP).count() == 0) {
                throw raced;
            }
        }
    }

    private static void ensure(AuthorizationService authorizations, Grant grant) {
        Authorization existing = find(authorizations, grant);
        if (existing != null && holdsExactly(existing, grant)) {
            return;
        }
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(GROUP);
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        authorization.setPermissions(grant.permissions().toArray(Permission[]::new));
        try {
            authorizations.saveAuthorization(authorization);
        } catch (ProcessEngineException raced) {
            Authorization now = find(authorizations, grant);
            if (now == null || !holdsExactly(now, grant)) {
                throw raced;
            }
        }
    }

    private static Authorization find(AuthorizationService authorizations, Grant grant) {
        return authorizations.createAuthorizationQuery().groupIdIn(GROUP).authorizationType(AUTH_TYPE_GRANT)
                .resourceType(grant.resource()).resourceId(grant.resourceId()).singleResult();
    }

    private static boolean holdsExactly(Authorization authorization, Grant grant) {
        int expected = 0;
        for (Permission p : grant.permissions()) {
            expected |= p.getValue();
        }
        int held = 0;
        for (Permission p : authorization.getPermissions(allOf(grant.resource()))) {
            held |= p.getValue();
        }
        return held == expected;
    }

    private static Permission[] allOf(Resource resource) {
        if (resource == Resources.PROCESS_DEFINITION) {
            return ProcessDefinitionPermissions.values();
        }
        if (resource == Resources.PROCESS_INSTANCE) {
            return ProcessInstancePermissions.values();
        }
        return Permissions.values();
    }
}
