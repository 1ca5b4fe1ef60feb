package com.backupsentinel.validator.report;

import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.validator.controls.Control;
import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.Controls;
import com.backupsentinel.validator.controls.Deadline;
import com.backupsentinel.validator.controls.Fixtures;
import com.backupsentinel.validator.controls.InMemoryInventory;
import com.backupsentinel.validator.controls.RegionEvaluator;
import com.backupsentinel.validator.controls.RegionResult;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Reports built from small inventories, one of them full of hostile text. */
final class SampleReports {

    static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";
    /** A line break, a right-to-left override, an isolate and zero-width characters, as an AWS name may hold. */
    static final String INVISIBLE = "\r\n\u202Eexe.gnp\u2066\u200B\uFEFF";

    private SampleReports() {
    }

    static ValidationReport of(InMemoryInventory inventory) {
        List<Control> controls = Controls.all();
        RegionResult region = new RegionEvaluator(inventory, inventory, Fixtures.context(), List.of(Optional.empty()),
                Deadline.none()).evaluate(controls);
        List<ControlId> ids = controls.stream().map(Control::id).toList();
        Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
        ids.forEach(id -> parameters.put(id.wireName(), ControlParameters.of(id,
                Fixtures.settings(DeploymentEnvironment.PRODUCTION), 24)));
        return new ValidationReport("validation-060000Z-test", Fixtures.NOW, "production", "123456789012", "", "DIRECT",
                Fixtures.NOW.minusSeconds(86400), Fixtures.NOW, 24, "UTC", List.of("us-west-2"), "this account", ids,
                true, List.of(), Summaries.of(ids, List.of(region)), parameters, List.of(region));
    }

    static ValidationReport hostile() {
        InMemoryInventory inventory = new InMemoryInventory();
        Instant created = Fixtures.NOW.minusSeconds(7200);
        inventory.jobs.add(new JobRecord(JobKind.BACKUP, "job-1", "123456789012",
                "arn:aws:ec2:us-west-2:123456789012:volume/vol-<b>", "EBS", "vault-a", "FAILED",
                "=HYPERLINK(\"http://evil\") " + HOSTILE + INVISIBLE, "", created, Optional.of(created.plusSeconds(60)), "", ""));
        inventory.jobs.add(Fixtures.backup("job-2", "vol-ok", "COMPLETED", 3, 10));
        inventory.points.add(Fixtures.point("p1", Fixtures.arn("EBS", "vol-ok"), "COMPLETED", 3, true,
                OptionalLong.of(35)));
        inventory.vaults.add(Fixtures.vault("vault-a", "CUSTOMER_MANAGED_KMS_KEY", false, null));
        return of(inventory);
    }
}
