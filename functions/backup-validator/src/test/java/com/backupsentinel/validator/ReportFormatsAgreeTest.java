package com.backupsentinel.validator;

import static com.backupsentinel.validator.controls.Fixtures.arn;
import static com.backupsentinel.validator.controls.Fixtures.backup;
import static com.backupsentinel.validator.controls.Fixtures.job;
import static com.backupsentinel.validator.controls.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.shared.notification.Notification;
import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.Deadline;
import com.backupsentinel.validator.controls.Fixtures;
import com.backupsentinel.validator.controls.InMemoryInventory;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.report.MemoryReportStore;
import com.backupsentinel.validator.report.ReportWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * One validation run, rendered in every format (JSON report, both CSVs, HTML, digest, invoke response), states the
 * same figures everywhere: backup jobs that failed, expired, were aborted or partial are kept apart (3, 2, 1 and 4 of
 * them, so a swap shows), and two regions exercise the merged summary against the per-region rows.
 */
class ReportFormatsAgreeTest {

    private final InMemoryInventory inventory = new InMemoryInventory();
    private final MemoryReportStore store = new MemoryReportStore();
    private final List<Notification> published = new ArrayList<>();

    private static JobRecord withIssues(String id, String resource) {
        JobRecord plain = backup(id, resource, "COMPLETED", 4, 20);
        return new JobRecord(plain.kind(), plain.jobId(), plain.accountId(), plain.resourceArn(), plain.resourceType(),
                plain.vaultName(), plain.state(), "Snapshot not quiesced", "ResourceBusy", plain.creationDate(),
                plain.completionDate(), "", "");
    }

    private RenderedFormats run() {
        Map<String, String> env = BackupValidatorConfigTest.minimal();
        env.put("ENVIRONMENT", "production");
        env.put("REGIONS", "us-west-2,eu-west-1");
        ValidationService service = new ValidationService(BackupValidatorConfig.from(Environment.of(env)), inventory,
                new ReportWriter(store, 24), notification -> {
                    published.add(notification);
                    return "message-" + published.size();
                }, new ValidationMetrics(new RecordingMetrics()), AuditRecorder.disabled(),
                Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        EnumSet<ControlId> controls = EnumSet.allOf(ControlId.class);
        controls.remove(ControlId.S3_BACKUP_SOURCES);
        ValidationOutcome outcome = service.validate(new ValidationRequest(ValidationRequest.Trigger.DIRECT, true,
                OptionalInt.empty(), List.of(), List.of(), controls), new Invocation("123456789012", "f0rma75-1"),
                Deadline.none());
        Map<String, Object> response = ValidationResponse.of(outcome, true);
        Notification digest = published.get(0);
        String base = "reports/validation/2026/11/22/validation-060000Z-f0rma751";
        return new RenderedFormats(store.objects.get(base + ".json"), store.objects.get(base
                + "-control-compliance.csv"), store.objects.get(base + "-resource-compliance.csv"),
                store.objects.get(base + ".html"), digest.subject(), digest.text(), digest.structuredJson(), response);
    }

    @Test
    void everyFormatStatesTheSameFiguresKeepingFailedExpiredAbortedAndPartialApart() {
        for (int i = 0; i < 3; i++) {
            inventory.jobs.add(backup("failed-" + i, "vol-f" + i, "FAILED", 2 + i, 5));
        }
        for (int i = 0; i < 2; i++) {
            inventory.jobs.add(backup("expired-" + i, "vol-e" + i, "EXPIRED", 5 + i, 60));
        }
        inventory.jobs.add(backup("aborted-0", "vol-a0", "ABORTED", 8, 3));
        for (int i = 0; i < 4; i++) {
            inventory.jobs.add(backup("partial-" + i, "vol-p" + i, "PARTIAL", 9 + i, 40));
        }
        for (int i = 0; i < 5; i++) {
            inventory.jobs.add(backup("ok-" + i, "vol-ok" + i, "COMPLETED", 3 + i, 15));
            inventory.points.add(point("p" + i, arn("EBS", "vol-ok" + i), "COMPLETED", 3 + i, true,
                    OptionalLong.of(90)));
            inventory.protectedResources.add(new ProtectedResourceRecord(arn("EBS", "vol-ok" + i), "EBS",
                    "vol-ok" + i, Optional.empty()));
        }
        inventory.jobs.add(withIssues("issues-0", "vol-i0"));
        inventory.jobs.add(backup("running-0", "vol-r0", "RUNNING", 30, -1));
        inventory.jobs.add(backup("unknown-0", "vol-u0", "SUPERSEDED", 6, 10));
        inventory.jobs.add(job(JobKind.COPY, "copy-failed", "vol-ok0", "FAILED", 2, 4, "KMS denied"));
        inventory.jobs.add(job(JobKind.COPY, "copy-partial", "vol-ok1", "PARTIAL", 2, 30, ""));
        inventory.jobs.add(job(JobKind.COPY, "copy-ok", "vol-ok2", "COMPLETED", 2, 30, ""));
        inventory.jobs.add(job(JobKind.RESTORE, "restore-aborted", "vol-ok3", "ABORTED", 12, 3, ""));
        inventory.jobs.add(job(JobKind.RESTORE, "restore-ok", "vol-ok4", "COMPLETED", 20, 300, ""));
        inventory.points.add(point("partial-point", arn("EBS", "vol-p0"), "PARTIAL", 9, true, OptionalLong.of(90)));
        inventory.points.add(point("expired-point", arn("EBS", "vol-e0"), "EXPIRED", 900, true, OptionalLong.of(35)));
        inventory.vaults.add(Fixtures.vault("vault-a", "AWS_OWNED_KMS_KEY", false, null));

        RenderedFormats formats = run();

        Map<String, Object> outcomes = BackupValidatorHandlerTest.control(formats.response(), "job_outcomes");
        assertThat((Map<String, Object>) outcomes.get("figures")).containsEntry("backupFailed", 8L)
                .containsEntry("backupExpired", 4L).containsEntry("backupAborted", 2L)
                .containsEntry("backupPartial", 8L).containsEntry("backupCompletedWithIssues", 2L)
                .containsEntry("copyFailed", 2L).containsEntry("copyPartial", 2L).containsEntry("restoreAborted", 2L);
        formats.assertSameFigures();
    }

    @Test
    void aFormatThatFoldsExpiredIntoFailedIsCaught() {
        inventory.jobs.add(backup("failed", "vol-1", "FAILED", 3, 10));
        inventory.jobs.add(backup("expired", "vol-2", "EXPIRED", 3, 60));
        RenderedFormats formats = run();
        RenderedFormats folded = new RenderedFormats(formats.jsonReport(), formats.controlCsv(),
                formats.resourceCsv(), formats.html().replace("backup failed 2 \u00b7 backup expired 2",
                "backup failed 4 \u00b7 backup expired 0"), formats.digestSubject(), formats.digestText(),
                formats.digestJson(), formats.response());

        assertThatThrownBy(folded::assertSameFigures).hasMessageContaining("HTML controls table row of job_outcomes")
                .hasMessageContaining("backup failed 4");
    }

    @Test
    void anAllGreenRunAgreesToo() {
        inventory.jobs.add(backup("ok", "vol-1", "COMPLETED", 3, 10));

        run().assertSameFigures();
    }
}
