package com.backupsentinel.notifier;

import com.backupsentinel.shared.events.AwsBackupEventParser;
import com.backupsentinel.shared.json.JsonWriter;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * SnapStart priming of the notifier: a FAILED backup job event through the alert service, its dedup claim and
 * completion (DynamoDB), enrichment (DescribeBackupJob), alert rendering, the SNS publish and the audit write, and
 * the handler's response, all answered by canned responses.
 */
final class NotifierPriming extends HotPathPriming {

    /** events/job-state-notifier/backup-job-failed.json, under an id of its own. */
    static final byte[] SAMPLE_EVENT = ("{\"version\":\"0\",\"id\":\"00000000-0000-4000-8000-00000000prim\","
            + "\"detail-type\":\"Backup Job State Change\",\"source\":\"aws.backup\",\"account\":\"123456789012\","
            + "\"time\":\"2026-11-22T01:12:54Z\",\"region\":\"us-west-2\",\"resources\":[],\"detail\":{"
            + "\"backupJobId\":\"PRIMING-0000-0000-0000-000000000000\",\"backupSizeInBytes\":\"0\","
            + "\"backupVaultArn\":\"arn:aws:backup:us-west-2:123456789012:backup-vault:priming\","
            + "\"backupVaultName\":\"priming\",\"bytesTransferred\":\"0\",\"creationDate\":\"2026-11-22T01:07:19.243Z\","
            + "\"iamRoleArn\":\"arn:aws:iam::123456789012:role/priming\","
            + "\"resourceArn\":\"arn:aws:rds:us-west-2:123456789012:db:priming\",\"resourceType\":\"RDS\","
            + "\"state\":\"FAILED\",\"statusMessage\":\"priming\",\"completionDate\":\"2026-11-22T01:12:42.243Z\","
            + "\"startBy\":\"2026-11-22T02:07:19.243Z\",\"percentDone\":0,\"createdBy\":{"
            + "\"backupPlanId\":\"priming\",\"backupPlanVersion\":\"priming\",\"backupPlanRuleId\":\"priming\"}}}")
            .getBytes(StandardCharsets.UTF_8);

    private final AlertService service;

    NotifierPriming(AlertService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    protected void prime() throws Exception {
        AlertOutcome outcome = service.handle(AwsBackupEventParser.parse(SAMPLE_EVENT));
        JsonWriter.writeBytes(JobStateNotifierHandler.response(outcome));
    }
}
