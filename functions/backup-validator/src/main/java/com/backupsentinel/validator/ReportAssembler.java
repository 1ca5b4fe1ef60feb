package com.backupsentinel.validator;

import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.ControlResult;
import com.backupsentinel.validator.controls.ControlStatus;
import com.backupsentinel.validator.controls.EvaluationWindow;
import com.backupsentinel.validator.controls.RegionResult;
import com.backupsentinel.validator.inventory.JobQuery;
import com.backupsentinel.validator.report.ControlParameters;
import com.backupsentinel.validator.report.Summaries;
import com.backupsentinel.validator.report.ValidationReport;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Puts a run's region results together into the {@link ValidationReport}. */
final class ReportAssembler {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ReportAssembler() {
    }

    static ValidationReport assemble(BackupValidatorConfig config, ValidationRequest request, Invocation invocation,
                                     String accountAlias, EvaluationWindow window, List<String> regions,
                                     List<ControlId> controls, List<RegionResult> results) {
        List<String> incomplete = new ArrayList<>();
        for (RegionResult region : results) {
            for (ControlResult result : region.controls()) {
                if (result.status() == ControlStatus.INCOMPLETE) {
                    incomplete.add(result.control().wireName() + " (" + region.region() + ")");
                }
            }
        }
        int lookback = (int) Duration.between(window.start(), window.end()).toHours();
        Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
        for (ControlId control : controls) {
            parameters.put(control.wireName(), control == ControlId.S3_BACKUP_SOURCES
                    ? ControlParameters.sources(config.backupSources())
                    : ControlParameters.of(control, config.controls(), lookback));
        }
        return new ValidationReport(runId(window, invocation), window.now(), config.environment().wireName(),
                invocation.accountId(), accountAlias, request.trigger().name(), window.start(), window.end(), lookback,
                config.reportTimeZone().getId(), regions, accounts(request), controls, incomplete.isEmpty(),
                incomplete, Summaries.of(controls, results), parameters, results);
    }

    /** {@code validation-HHmmssZ} plus the first 8 characters of the request id, unique within the day's folder. */
    static String runId(EvaluationWindow window, Invocation invocation) {
        String request = invocation.requestId().replaceAll("[^A-Za-z0-9]", "");
        String suffix = request.isEmpty() ? "" : "-" + request.substring(0, Math.min(8, request.length()));
        return "validation-" + RUN_ID.format(window.now()) + suffix;
    }

    private static String accounts(ValidationRequest request) {
        if (request.accounts().isEmpty()) {
            return "this account";
        }
        return request.accounts().contains(JobQuery.ALL_ACCOUNTS) ? "all accounts (*)"
                : String.join(", ", request.accounts());
    }
}
