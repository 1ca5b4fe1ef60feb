package com.backupsentinel.shared.aws;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointParams;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;

/**
 * DynamoDB endpoints without the SDK's rules engine on the common path ({@link LeanEndpointProvider}).
 *
 * <p>DynamoDB's rules have more to them than the other services', and every part of it goes to the SDK's provider:
 * <ul>
 *   <li>account-based endpoints ({@code https://<account>.ddb.<region>.amazonaws.com}): used when an account id is
 *       known (the credentials', or the account of a table ARN in {@code resourceArn} / the first of
 *       {@code resourceArnList}) and {@code accountIdEndpointMode} is not {@code disabled}; {@code required} without
 *       one is an error. Only a mode of null or {@code disabled}, or no account id, no ARN and a mode other than
 *       {@code required} stay here (a table name is not an ARN: it has no colon);
 *   <li>an override naming {@code dynamodb} (the rules refuse the dual-stack hosts {@code dynamodb.<region>.<dual-stack
 *       suffix>} as overrides);
 *   <li>the {@code local} region ({@code http://localhost:8000}).
 * </ul>
 * Search operations ({@code isSearchOperation}) get {@code search-dynamodb.<region>.amazonaws.com}, as in the rules.
 */
final class LeanDynamoDbEndpointProvider extends LeanEndpointProvider<DynamoDbEndpointParams, DynamoDbEndpointProvider>
        implements DynamoDbEndpointProvider {

    private static final String ARN_PREFIX = "arn:";

    @Override
    public CompletableFuture<Endpoint> resolveEndpoint(DynamoDbEndpointParams params) {
        return resolve(params);
    }

    @Override
    Endpoint standard(DynamoDbEndpointParams params) {
        if (!plain(params.useFips(), params.useDualStack())) {
            return null;
        }
        if (params.endpoint() != null) {
            boolean namesDynamoDb = params.endpoint().toLowerCase(Locale.ROOT).contains("dynamodb");
            return namesDynamoDb || !builtInPartitions() ? null : overrideEndpoint(params.endpoint());
        }
        if (!withoutAccountEndpoint(params)) {
            return null;
        }
        String prefix = Boolean.TRUE.equals(params.isSearchOperation()) ? "search-dynamodb" : "dynamodb";
        return httpsEndpoint(awsHost(prefix, params.region()));
    }

    private static boolean withoutAccountEndpoint(DynamoDbEndpointParams params) {
        String mode = params.accountIdEndpointMode();
        if (mode == null || "disabled".equals(mode)) {
            return true;
        }
        return !"required".equals(mode) && params.accountId() == null && !isArn(params.resourceArn())
                && !firstIsArn(params.resourceArnList());
    }

    private static boolean firstIsArn(List<String> arns) {
        return arns != null && !arns.isEmpty() && isArn(arns.get(0));
    }

    private static boolean isArn(String value) {
        return value != null && value.startsWith(ARN_PREFIX);
    }

    @Override
    DynamoDbEndpointProvider createSdkProvider() {
        return DynamoDbEndpointProvider.defaultProvider();
    }

    @Override
    CompletableFuture<Endpoint> resolveWith(DynamoDbEndpointProvider sdkProvider, DynamoDbEndpointParams params) {
        return sdkProvider.resolveEndpoint(params);
    }
}
