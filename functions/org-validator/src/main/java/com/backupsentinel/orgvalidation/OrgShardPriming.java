package com.backupsentinel.orgvalidation;

import com.backupsentinel.orgvalidation.shard.ShardRequest;
import com.backupsentinel.orgvalidation.shard.ShardRequestParser;
import com.backupsentinel.orgvalidation.shard.ShardService;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.priming.CannedResponses;
import com.backupsentinel.shared.priming.HotPathPriming;
import com.backupsentinel.validator.TimeBudget;
import java.util.Map;
import java.util.Objects;

/**
 * SnapStart priming of the shard: one shard over an empty member estate, so AssumeRole (answered with canned
 * credentials), the member account's clients, every control, the four reports and the summary run once before the
 * snapshot.
 */
final class OrgShardPriming extends HotPathPriming {

    private static final String ASSUMED = "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
            + "<AssumeRoleResult><AssumedRoleUser><AssumedRoleId>AROAPRIMING:priming</AssumedRoleId>"
            + "<Arn>arn:aws:sts::123456789012:assumed-role/priming/priming</Arn></AssumedRoleUser><Credentials>"
            + "<AccessKeyId>ASIAPRIMINGPRIMING00</AccessKeyId><SecretAccessKey>priming</SecretAccessKey>"
            + "<SessionToken>priming</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>"
            + "</AssumeRoleResult><ResponseMetadata><RequestId>00000000-0000-4000-8000-000000000000</RequestId>"
            + "</ResponseMetadata></AssumeRoleResponse>";

    private final ShardService service;

    OrgShardPriming(ShardService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    protected CannedResponses responses() {
        return CannedResponses.defaults().with("Sts:AssumeRole", ASSUMED);
    }

    @Override
    protected void prime() throws Exception {
        ShardRequest request = ShardRequestParser.parse(Map.of("accountId", "123456789012", "accountName", "priming",
                "region", "us-east-1", "runId", "priming", "runStartedAt", "2026-01-01T00:00:00Z"));
        Json.mapper().writeValueAsBytes(service.run(request, "priming", TimeBudget.deadline(60_000)));
    }
}
