package org.pathwork.api;

import java.util.List;
import java.util.Set;
import org.pathwork.security.PathworkUser;
import org.pathwork.workflow.common.Source;
import org.pathwork.workflow.maintenance.Maintenance;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin tools over HTTP, for operators and for the fault tests: the consistency check and read-model rebuilds. */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    record DisagreementJson(String placementId, String status, Set<String> waitingAt, String explanation) {
    }

    record RebuildJson(long eventsReplayed) {
    }

    private final Maintenance maintenance;

    AdminController(Maintenance maintenance) {
        this.maintenance = maintenance;
    }

    /** Every placement whose process disagrees with its aggregate; empty when all agree. */
    @GetMapping("/consistency")
    List<DisagreementJson> consistency(@AuthenticationPrincipal PathworkUser user) {
        return maintenance.checkConsistency(user.actor(Source.API)).stream()
                .map(d -> new DisagreementJson(d.placementId(), d.status() == null ? null : d.status().name(),
                        d.waitingAt(), d.explanation()))
                .toList();
    }

    @PostMapping("/read-models/rebuild")
    RebuildJson rebuild(@AuthenticationPrincipal PathworkUser user) {
        return new RebuildJson(maintenance.rebuildReadModels(user.actor(Source.API), (done, expected) -> { }).events());
    }
}
