package com.backupsentinel.ondemand.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.ondemand.service.AuditQuery;
import com.backupsentinel.ondemand.service.RequestKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutingAndBodiesTest {

    private static ApiRequest request(String body, boolean base64) {
        return new ApiRequest("POST", "/backups", Map.of(), Optional.of(body), base64, Optional.empty(), "r-1");
    }

    @Test
    void matchesEveryRouteAndItsTimestamp() {
        assertThat(RouteMatch.of("POST", "/backups").route()).isEqualTo(Route.START_BACKUP);
        assertThat(RouteMatch.of("POST", "/backups/").route()).isEqualTo(Route.START_BACKUP);
        assertThat(RouteMatch.of("GET", "/backups/latest").route()).isEqualTo(Route.LATEST_BACKUP);
        RouteMatch status = RouteMatch.of("GET", "/backups/2023-02-02t17-03-15");
        assertThat(status.route()).isEqualTo(Route.BACKUP_STATUS);
        assertThat(status.timestamp()).contains("2023-02-02t17-03-15");
        assertThat(RouteMatch.of("POST", "/restores").route()).isEqualTo(Route.START_RESTORE);
        assertThat(RouteMatch.of("GET", "/restores/2023-02-02t17-03-15").route()).isEqualTo(Route.RESTORE_STATUS);
        assertThat(RouteMatch.of("GET", "/audit").route()).isEqualTo(Route.AUDIT);
    }

    @Test
    void answers404ForDeeperOrUnknownPathsAnd405ForOtherMethods() {
        assertThatThrownBy(() -> RouteMatch.of("GET", "/backups/a/b")).isInstanceOf(HttpProblem.class)
                .satisfies(e -> assertThat(((HttpProblem) e).status()).isEqualTo(404));
        assertThatThrownBy(() -> RouteMatch.of("PUT", "/restores/2023-02-02t17-03-15"))
                .hasMessage("Method PUT is not allowed on /restores/{timestamp}; use GET")
                .satisfies(e -> assertThat(((HttpProblem) e).headers()).containsEntry("Allow", "GET"));
    }

    @Test
    void decodesBase64BodiesAndRefusesBadOnes() {
        String encoded = Base64.getEncoder().encodeToString("{\"onlyConfig\":true}".getBytes(StandardCharsets.UTF_8));

        assertThat(RequestBodies.text(request(encoded, true), 1024)).contains("{\"onlyConfig\":true}");
        assertThatThrownBy(() -> RequestBodies.text(request("%%%", true), 1024))
                .hasMessage("body is marked base64-encoded but is not valid base64");
    }

    @Test
    void measuresTheSizeInBytes() {
        String twoByteChars = "é".repeat(600);

        assertThat(RequestBodies.text(request(twoByteChars, false), 1200)).isPresent();
        assertThatThrownBy(() -> RequestBodies.text(request(twoByteChars + "x", false), 1200))
                .hasMessage("body is larger than 1200 bytes")
                .satisfies(e -> assertThat(((HttpProblem) e).status()).isEqualTo(413));
    }

    @Test
    void readsAuditParameters() {
        AuditQuery query = AuditParameters.parse(Map.of("kind", "restore", "limit", "5",
                "caller", "arn:aws:sts::123456789012:assumed-role/BackupOperator/alice"));

        assertThat(query.kinds()).containsExactly(RequestKind.RESTORE);
        assertThat(query.limit()).isEqualTo(5);
        assertThat(query.callerArn()).contains("arn:aws:sts::123456789012:assumed-role/BackupOperator/alice");
        assertThat(AuditParameters.parse(Map.of()).kinds()).containsExactly(RequestKind.BACKUP, RequestKind.RESTORE);
        assertThat(AuditParameters.parse(Map.of()).limit()).isEqualTo(20);
    }

    @Test
    void refusesBadAuditParameters() {
        assertThatThrownBy(() -> AuditParameters.parse(Map.of("limit", "0")))
                .hasMessage("limit must be a whole number from 1 to 100, got '0'");
        assertThatThrownBy(() -> AuditParameters.parse(Map.of("kind", "copy")))
                .hasMessage("kind must be backup or restore, got 'copy'");
        assertThatThrownBy(() -> AuditParameters.parse(Map.of("user", "x")))
                .hasMessage("unknown query parameter 'user'; allowed: caller, kind, limit");
    }
}
