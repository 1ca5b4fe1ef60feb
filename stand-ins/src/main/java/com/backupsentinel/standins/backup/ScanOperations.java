package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.inventory.Row;
import com.backupsentinel.standins.inventory.RowField;
import com.backupsentinel.standins.inventory.RowKind;
import com.backupsentinel.standins.inventory.RowQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * ListScanJobs ({@code GET /scan/jobs}): malware scans of recovery points, newest first. Its query parameters are
 * spelled as the service model binds them ({@code ByState}, {@code ByCompleteAfter}, {@code MaxResults},
 * {@code NextToken}, ...); enum values outside the model's are a 400, as AWS answers.
 */
final class ScanOperations {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Map<String, RowField> EQUALITIES = Map.of("ByBackupVaultName", RowField.VAULT,
            "ByRecoveryPointArn", RowField.RECOVERY_POINT_ARN, "ByResourceArn", RowField.RESOURCE_ARN,
            "ByResourceType", RowField.RESOURCE_TYPE, "ByScanResultStatus", RowField.SCAN_RESULT,
            "ByMalwareScanner", RowField.MALWARE_SCANNER, "ByState", RowField.STATE);
    private static final Map<String, Set<String>> ENUMS = Map.of("ByResourceType", Set.of("EBS", "EC2", "S3"),
            "ByScanResultStatus", Set.of("NO_THREATS_FOUND", "THREATS_FOUND"), "ByMalwareScanner", Set.of("GUARDDUTY"),
            "ByState", Set.copyOf(JobStates.SCAN));

    private ScanOperations() {
    }

    static Reply listScanJobs(BackupRequest request) {
        List<Predicate<Row>> tests = new ArrayList<>();
        EQUALITIES.forEach((param, field) -> request.query(param).ifPresent(value -> {
            Set<String> allowed = ENUMS.get(param);
            if (allowed != null && !allowed.contains(value)) {
                throw BackupError.invalidValue("1 validation error detected: Value '" + value + "' at '" + param
                        + "' failed to satisfy constraint: Member must satisfy enum value set: " + allowed);
            }
            tests.add(row -> value.equals(row.get(field)));
        }));
        Optional<String> account = request.query("ByAccountId");
        if (account.isPresent() && !account.get().equals("*") && !ACCOUNT.matcher(account.get()).matches()) {
            throw BackupError.invalidValue("1 validation error detected: Value '" + account.get()
                    + "' at 'ByAccountId' failed to satisfy constraint: Member must satisfy regular expression pattern:"
                    + " ^[0-9]{12}$");
        }
        String own = request.inventory().accountId();
        tests.add(row -> account.map(a -> a.equals("*") || a.equals(row.get(RowField.ACCOUNT)))
                .orElse(row.get(RowField.ACCOUNT) == null || own.equals(row.get(RowField.ACCOUNT))));
        Optional<Long> after = request.instantParam("ByCompleteAfter");
        Optional<Long> before = request.instantParam("ByCompleteBefore");
        if (after.isPresent() || before.isPresent()) {
            tests.add(row -> row.completed().filter(done -> after.map(a -> done > a).orElse(true)
                    && before.map(b -> done < b).orElse(true)).isPresent());
        }
        Predicate<Row> all = row -> tests.stream().allMatch(test -> test.test(row));
        RowQuery query = new RowQuery(all, Optional.empty(), Optional.empty(), request.cursor("NextToken"),
                request.maxResults("MaxResults"));
        return Reply.rows("ScanJobs", request.region().jobs(RowKind.SCAN_JOB).page(query), Optional.empty(),
                "NextToken");
    }
}
