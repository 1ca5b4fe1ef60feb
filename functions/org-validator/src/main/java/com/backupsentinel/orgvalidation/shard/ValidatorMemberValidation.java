package com.backupsentinel.orgvalidation.shard;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.member.MemberCredentials;
import com.backupsentinel.shared.member.MemberEnvironment;
import com.backupsentinel.validator.BackupValidatorConfig;
import com.backupsentinel.validator.Invocation;
import com.backupsentinel.validator.ValidationMetrics;
import com.backupsentinel.validator.ValidationOutcome;
import com.backupsentinel.validator.ValidationRequest;
import com.backupsentinel.validator.ValidationService;
import com.backupsentinel.validator.aws.SdkRegionalInventory;
import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.Deadline;
import com.backupsentinel.validator.inventory.RegionalInventory;
import com.backupsentinel.validator.report.ReportLinks;
import com.backupsentinel.validator.report.ReportStore;
import com.backupsentinel.validator.report.ReportWriter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link MemberValidation} through the single-account validator's own {@link ValidationService}: its configuration
 * read from the function's environment as seen from the member account ({@link MemberEnvironment}: the role's
 * credentials, the shard's region as AWS_REGION and REGIONS), its AWS adapters on those credentials, its report writer
 * on the central bucket under the shard's folder. The digest the service publishes after every run is the org
 * aggregator's job here, so this publisher keeps it; per-run metrics and audit events are the aggregator's too.
 */
public final class ValidatorMemberValidation implements MemberValidation {

    /** Every control but the S3 backup sources, which read the central account's BACKUP_SOURCES buckets. */
    static final Set<ControlId> CONTROLS = controls();
    static final String NOT_PUBLISHED = "not published: the org aggregator sends one digest per run";

    private final Environment environment;
    private final ReportStore bucket;
    private final Function<Environment, RegionalInventory> inventories;
    private final Clock clock;

    /**
     * @param inventories the member account's AWS adapters from its environment ({@link SdkRegionalInventory} in
     *                    Lambda)
     */
    public ValidatorMemberValidation(Environment environment, ReportStore bucket,
                                     Function<Environment, RegionalInventory> inventories, Clock clock) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.inventories = Objects.requireNonNull(inventories, "inventories");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ValidationOutcome validate(ShardRequest request, MemberCredentials credentials, String requestId,
                                      Deadline deadline) {
        Environment member = MemberEnvironment.of(environment, credentials, request.region(),
                Map.of(BackupValidatorConfig.REGIONS, request.region()));
        BackupValidatorConfig config = BackupValidatorConfig.from(member);
        ShardReportStore store = new ShardReportStore(bucket, request.run().shardFolder(request.accountId(),
                request.region()));
        ValidationService service = new ValidationService(config, inventories.apply(member),
                new ReportWriter(store, config.reportLinkHours()), notification -> NOT_PUBLISHED,
                new ValidationMetrics(DiscardedMetrics.INSTANCE), AuditRecorder.disabled(), clock);
        ValidationRequest validation = new ValidationRequest(ValidationRequest.Trigger.SCHEDULE, false,
                OptionalInt.empty(), List.of(), List.of(request.region()), CONTROLS);
        ValidationOutcome outcome = service.validate(validation, new Invocation(request.accountId(), requestId),
                deadline);
        ReportLinks links = outcome.links();
        return new ValidationOutcome(outcome.report(), new ReportLinks(links.bucket(), store.moved(links.json()),
                store.moved(links.html()), store.moved(links.controlComplianceCsv()),
                store.moved(links.resourceComplianceCsv()), links.htmlLink(), links.htmlLinkHours()),
                outcome.digestMessageId());
    }

    private static Set<ControlId> controls() {
        EnumSet<ControlId> all = EnumSet.allOf(ControlId.class);
        all.remove(ControlId.S3_BACKUP_SOURCES);
        return Set.copyOf(all);
    }
}
