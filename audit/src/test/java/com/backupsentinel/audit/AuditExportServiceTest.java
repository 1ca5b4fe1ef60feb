package com.backupsentinel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class AuditExportServiceTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T00:05:00Z"), ZoneOffset.UTC);

    private final InMemoryAuditStore store = new InMemoryAuditStore();
    private final Map<String, byte[]> bucket = new LinkedHashMap<>();
    private final AuditExportService service = new AuditExportService(store,
            (key, body, type) -> bucket.put(key, body), "prod", NOW);

    @Test
    void writesTheClosedDayInCreatedAtOrderWithAManifest() throws IOException {
        store.append(AuditEvents.at("b", "2026-11-21T12:00:00Z"));
        store.append(AuditEvents.at("a", "2026-11-21T12:00:00Z"));
        store.append(AuditEvents.at("c", "2026-11-21T01:00:00Z"));
        store.append(AuditEvents.at("today", "2026-11-22T00:01:00Z"));

        AuditExportService.ExportRun run = service.exportClosedDays(Optional.empty());

        String key = "prod/user-events-audit/2026/11/21/user-events-2026-11-21.jsonl.gz";
        assertThat(bucket).containsOnlyKeys(key, "prod/user-events-audit/2026/11/21/user-events-2026-11-21.manifest.json");
        List<String> lines = gunzip(bucket.get(key)).lines().toList();
        assertThat(lines).extracting(line -> AuditJson.fromLine(line).eventId()).containsExactly("c", "a", "b");
        ExportManifest manifest = ExportManifest.fromJson(new String(bucket.get(
                "prod/user-events-audit/2026/11/21/user-events-2026-11-21.manifest.json"), StandardCharsets.UTF_8));
        assertThat(manifest.count()).isEqualTo(3);
        assertThat(manifest.firstCreatedAt()).contains(Instant.parse("2026-11-21T01:00:00Z"));
        assertThat(manifest.lastCreatedAt()).contains(Instant.parse("2026-11-21T12:00:00Z"));
        assertThat(manifest.sha256()).isEqualTo(JsonLinesGzip.sha256(bucket.get(key)));
        assertThat(manifest.bytes()).isEqualTo(bucket.get(key).length);
        assertThat(run.written()).containsExactly(manifest);
    }

    @Test
    void rerunningAnExportWritesNothingNew() {
        store.append(AuditEvents.at("a", "2026-11-20T08:00:00Z"));
        service.exportClosedDays(Optional.empty());
        bucket.clear();

        AuditExportService.ExportRun again = service.exportClosedDays(Optional.empty());

        assertThat(bucket).isEmpty();
        assertThat(again.written()).isEmpty();
        assertThat(again.alreadyExported()).containsExactly(LocalDate.parse("2026-11-20"));
    }

    @Test
    void lateEventsRewriteTheSameKeysWithIdenticalBytesForTheOldEvents() throws IOException {
        store.append(AuditEvents.at("a", "2026-11-20T08:00:00Z"));
        service.exportClosedDays(Optional.empty());
        byte[] first = bucket.get("prod/user-events-audit/2026/11/20/user-events-2026-11-20.jsonl.gz");
        store.append(AuditEvents.at("late", "2026-11-20T09:00:00Z"));

        service.exportClosedDays(Optional.empty());

        byte[] second = bucket.get("prod/user-events-audit/2026/11/20/user-events-2026-11-20.jsonl.gz");
        assertThat(bucket).hasSize(2);
        assertThat(gunzip(second)).startsWith(gunzip(first)).contains("\"eventId\":\"late\"");
    }

    @Test
    void sameEventsGiveByteIdenticalObjects() {
        store.append(AuditEvents.at("a", "2026-11-20T08:00:00Z"));
        ExportManifest one = service.exportClosedDays(Optional.empty()).written().get(0);
        InMemoryAuditStore other = new InMemoryAuditStore();
        other.append(AuditEvents.at("a", "2026-11-20T08:00:00Z"));
        ExportManifest two = new AuditExportService(other, (k, b, t) -> { }, "prod", NOW)
                .exportClosedDays(Optional.empty()).written().get(0);
        assertThat(two.sha256()).isEqualTo(one.sha256());
    }

    @Test
    void refusesToExportAPeriodThatIsNotClosed() {
        assertThatThrownBy(() -> service.exportClosedDays(Optional.of(LocalDate.parse("2026-11-22"))))
                .hasMessage("Only closed periods can be exported: 2026-11-22 is not before today (2026-11-22, UTC)");
    }

    @Test
    void rejectsANamespaceThatCouldEscapeItsPrefix() {
        assertThatThrownBy(() -> new AuditExportService(store, (k, b, t) -> { }, "../other", NOW))
                .hasMessage("Audit namespace must be 1 to 63 letters, digits, '.', '_' or '-', got '../other'");
    }

    static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
