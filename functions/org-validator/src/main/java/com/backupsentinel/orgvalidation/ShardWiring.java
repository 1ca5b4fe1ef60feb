package com.backupsentinel.orgvalidation;

import com.backupsentinel.orgvalidation.shard.ShardService;
import com.backupsentinel.orgvalidation.shard.ValidatorMemberValidation;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.member.StsMemberRoles;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import com.backupsentinel.shared.metrics.EmfMetricsRecorder;
import com.backupsentinel.validator.aws.S3ReportStore;
import com.backupsentinel.validator.aws.SdkRegionalInventory;
import java.time.Clock;
import software.amazon.awssdk.services.sts.StsClient;

/** The shard's real collaborators, built once per execution environment. */
record ShardWiring(ShardService service, InvocationBudget budget, Runnable flushMetrics) {

    static ShardWiring create(Environment environment) {
        OrgShardConfig config = OrgShardConfig.from(environment);
        EmfMetricsRecorder metrics = new EmfMetricsRecorder(config.metricsNamespace());
        return create(config, environment, Clock.systemUTC(), metrics, metrics::flush);
    }

    /** The same wiring on another clock and metrics recorder (tests, local runs). */
    static ShardWiring create(Environment environment, Clock clock, MetricsRecorder metrics) {
        return create(OrgShardConfig.from(environment), environment, clock, metrics, () -> { });
    }

    private static ShardWiring create(OrgShardConfig config, Environment environment, Clock clock,
                                      MetricsRecorder metrics, Runnable flush) {
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(environment);
        InvocationBudget budget = factory.budget();
        StsClient sts = factory.build(StsClient.builder(), "STS");
        // the member account's clients read the same invocation budget as the function's own
        ValidatorMemberValidation validation = new ValidatorMemberValidation(environment,
                S3ReportStore.create(factory, config.reportBucket()),
                member -> new SdkRegionalInventory(member, budget), clock);
        return new ShardWiring(new ShardService(new StsMemberRoles(sts, config.memberRole()), validation, metrics),
                budget, flush);
    }
}
