package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.inventory.Row;
import com.backupsentinel.standins.inventory.RowField;
import com.backupsentinel.standins.inventory.RowKind;
import com.backupsentinel.standins.inventory.RowQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Turns a list operation's {@code By*} query parameters into a {@link RowQuery}. */
final class RowFilters {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    /** Query parameter name to the row member it must equal, per list operation. */
    static final Map<String, RowField> BACKUP_JOBS = Map.of("resourceArn", RowField.RESOURCE_ARN, "state", RowField.STATE,
            "backupVaultName", RowField.VAULT, "resourceType", RowField.RESOURCE_TYPE, "parentJobId", RowField.PARENT_JOB,
            "messageCategory", RowField.MESSAGE_CATEGORY);
    static final Map<String, RowField> COPY_JOBS = Map.of("resourceArn", RowField.RESOURCE_ARN, "state", RowField.STATE,
            "resourceType", RowField.RESOURCE_TYPE, "destinationVaultArn", RowField.DESTINATION_VAULT_ARN,
            "parentJobId", RowField.PARENT_JOB, "messageCategory", RowField.MESSAGE_CATEGORY,
            "sourceRecoveryPointArn", RowField.SOURCE_RECOVERY_POINT_ARN);
    static final Map<String, RowField> RESTORE_JOBS = Map.of("resourceType", RowField.RESOURCE_TYPE, "status", RowField.STATE,
            "restoreTestingPlanArn", RowField.RESTORE_TESTING_PLAN_ARN, "parentJobId", RowField.PARENT_JOB);
    static final Map<String, RowField> RECOVERY_POINTS = Map.of("resourceArn", RowField.RESOURCE_ARN,
            "resourceType", RowField.RESOURCE_TYPE, "backupPlanId", RowField.BACKUP_PLAN_ID,
            "parentRecoveryPointArn", RowField.PARENT_RECOVERY_POINT_ARN);

    private RowFilters() {
    }

    /** A job list query: equality filters, account scope, completion window, creation window, page. */
    static RowQuery jobs(BackupRequest request, RowKind kind, Map<String, RowField> equalities) {
        List<Predicate<Row>> tests = equalityTests(request, kind, equalities);
        tests.add(accountTest(request));
        Optional<Long> completeAfter = request.instantParam("completeAfter");
        Optional<Long> completeBefore = request.instantParam("completeBefore");
        if (completeAfter.isPresent() || completeBefore.isPresent()) {
            tests.add(row -> row.completed().filter(done -> completeAfter.map(after -> done > after).orElse(true)
                    && completeBefore.map(before -> done < before).orElse(true)).isPresent());
        }
        return query(request, tests);
    }

    /** A ListRecoveryPointsByBackupVault query. */
    static RowQuery recoveryPoints(BackupRequest request) {
        return query(request, equalityTests(request, RowKind.RECOVERY_POINT, RECOVERY_POINTS));
    }

    /** Every row, paged. */
    static RowQuery page(BackupRequest request) {
        return query(request, new ArrayList<>());
    }

    private static RowQuery query(BackupRequest request, List<Predicate<Row>> tests) {
        Predicate<Row> all = row -> {
            for (Predicate<Row> test : tests) {
                if (!test.test(row)) {
                    return false;
                }
            }
            return true;
        };
        return new RowQuery(all, request.instantParam("createdAfter"), request.instantParam("createdBefore"),
                request.cursor(), request.maxResults());
    }

    private static List<Predicate<Row>> equalityTests(BackupRequest request, RowKind kind, Map<String, RowField> equalities) {
        List<Predicate<Row>> tests = new ArrayList<>();
        equalities.forEach((param, field) -> request.query(param).ifPresent(value -> {
            if (field == RowField.STATE) {
                JobStates.require(kind, param, value);
            }
            if (field == RowField.MESSAGE_CATEGORY && value.equals("ANY")) {
                return;
            }
            tests.add(row -> value.equals(row.get(field)));
        }));
        return tests;
    }

    /** Without ByAccountId only the inventory's own account; {@code *} every account; else that account. */
    private static Predicate<Row> accountTest(BackupRequest request) {
        Optional<String> account = request.query("accountId");
        if (account.isEmpty()) {
            String own = request.inventory().accountId();
            return row -> row.get(RowField.ACCOUNT) == null || own.equals(row.get(RowField.ACCOUNT));
        }
        if (account.get().equals("*")) {
            return row -> true;
        }
        if (!ACCOUNT.matcher(account.get()).matches()) {
            throw BackupError.invalidValue("1 validation error detected: Value '" + account.get()
                    + "' at 'byAccountId' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "^[0-9]{12}$");
        }
        String wanted = account.get();
        return row -> Objects.equals(wanted, row.get(RowField.ACCOUNT));
    }
}
