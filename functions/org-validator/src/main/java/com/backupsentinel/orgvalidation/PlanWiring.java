package com.backupsentinel.orgvalidation;

import com.backupsentinel.orgvalidation.aws.OrganizationsAccountDirectory;
import com.backupsentinel.orgvalidation.aws.S3PlanStore;
import com.backupsentinel.orgvalidation.plan.AccountDirectory;
import com.backupsentinel.orgvalidation.plan.FixedAccounts;
import com.backupsentinel.orgvalidation.plan.PlanService;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.EmfMetricsRecorder;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/** The plan function's real collaborators, built once per execution environment. */
record PlanWiring(PlanService service, InvocationBudget budget, Runnable flushMetrics) {

    static PlanWiring create(Environment environment) {
        OrgPlanConfig config = OrgPlanConfig.from(environment);
        EmfMetricsRecorder metrics = new EmfMetricsRecorder(config.metricsNamespace());
        return create(config, environment, metrics, metrics::flush);
    }

    /** The same wiring with another metrics recorder (tests, local runs). */
    static PlanWiring create(Environment environment, MetricsRecorder metrics) {
        return create(OrgPlanConfig.from(environment), environment, metrics, () -> { });
    }

    private static PlanWiring create(OrgPlanConfig config, Environment environment, MetricsRecorder metrics,
                                     Runnable flush) {
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(environment);
        // Organizations only when the accounts are not given: a stack with OrgAccounts has no organizations grant
        AccountDirectory directory = config.listsOrganization()
                ? new OrganizationsAccountDirectory(factory.build(OrganizationsClient.builder(), "ORGANIZATIONS"))
                : new FixedAccounts(config.accounts());
        PlanService service = new PlanService(directory, config.excludedAccounts(), config.regions(),
                new S3PlanStore(S3Clients.build(factory), config.reportBucket()), metrics);
        return new PlanWiring(service, factory.budget(), flush);
    }
}
