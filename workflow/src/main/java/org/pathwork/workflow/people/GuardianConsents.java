package org.pathwork.workflow.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who consented for a minor. Kept in the directory, so it can be corrected or erased; events carry only the id. */
@Component
public class GuardianConsents {

    public record Consent(String consentId, String placementId, String guardianName, String relationship,
                          LocalDate consentedOn, String recordedBy, Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    public GuardianConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Consent c) {
        jdbc.sql("""
                insert into guardian_consent (consent_id, placement_id, guardian_name, relationship, consented_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(c.consentId(), c.placementId(), c.guardianName(), c.relationship(), c.consentedOn(),
                        c.recordedBy(), java.sql.Timestamp.from(c.recordedAt()))
                .update();
    }

    public Optional<Consent> find(String consentId) {
        return jdbc.sql("select * from guardian_consent where consent_id = ?").param(consentId)
                .query((rs, n) -> new Consent(rs.getString("consent_id"), rs.getString("placement_id"),
                        rs.getString("guardian_name"), rs.getString("relationship"),
                        rs.getObject("consented_on", LocalDate.class), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .optional();
    }
}
