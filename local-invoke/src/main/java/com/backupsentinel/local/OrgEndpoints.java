package com.backupsentinel.local;

import com.backupsentinel.standins.org.OrgStandIns;
import java.util.Map;
import java.util.Optional;

/** The org stand-ins as local invoke's {@link AwsEndpoints}: where local-org-run creates the bucket and the topic. */
final class OrgEndpoints implements AwsEndpoints {

    private final OrgStandIns aws;
    private final String accountId;

    OrgEndpoints(OrgStandIns aws, String accountId) {
        this.aws = aws;
        this.accountId = accountId;
    }

    @Override
    public Map<String, String> environment() {
        return aws.endpointEnvironment();
    }

    @Override
    public String description() {
        return "the org stand-ins (S3, SNS, STS, AWS Backup and tagging per member account)";
    }

    @Override
    public Optional<String> accountId() {
        return Optional.of(accountId);
    }

    @Override
    public boolean serves(String serviceId) {
        return environment().containsKey("AWS_ENDPOINT_URL_" + serviceId);
    }

    @Override
    public void close() {
        aws.close();
    }
}
