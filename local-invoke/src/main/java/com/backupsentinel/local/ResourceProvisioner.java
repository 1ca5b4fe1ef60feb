package com.backupsentinel.local;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.DynamoDbClients;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.aws.SnsClients;
import com.backupsentinel.shared.config.Environment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates the template's stateful resources where they are missing: tables (key schema, indexes, TTL), buckets,
 * topics and queues, each service in parallel. A service without an endpoint (embedded stand-in or
 * {@code AWS_ENDPOINT_URL*}) is skipped with a note: local invoke never creates resources in a real account.
 * Returns what the endpoints report for topics and queues (their ARNs and URLs), which Ref must return.
 */
final class ResourceProvisioner {

    private final Environment environment;
    private final AwsEndpoints endpoints;
    private final PrintStream notes;
    private final Optional<Path> seeds;

    /**
     * @param seeds the inventory folder whose {@code dynamodb/} ({@link TableSeed}) and {@code s3/} ({@link BucketSeed})
     *              fill the tables and buckets created here (on the embedded stand-ins), or empty
     */
    ResourceProvisioner(Environment clientEnvironment, AwsEndpoints endpoints, PrintStream notes,
                        Optional<Path> seeds) {
        this.environment = clientEnvironment;
        this.endpoints = endpoints;
        this.notes = notes;
        this.seeds = seeds;
    }

    Map<String, PhysicalIds.Provisioned> provision(List<StatefulResource> plan) {
        Map<StatefulResource.Kind, List<StatefulResource>> byKind = plan.stream()
                .collect(Collectors.groupingBy(StatefulResource::kind));
        Map<String, PhysicalIds.Provisioned> reported = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> work = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, byKind.size()), runnable -> {
            Thread thread = new Thread(runnable, "local-invoke-provisioning");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AwsClientFactory factory = AwsClientFactory.fromEnvironment(environment);
            byKind.forEach((kind, resources) -> {
                if (!endpoints.serves(kind.serviceId())) {
                    notes.println("local-invoke: not creating " + describe(resources) + ": no " + kind.serviceId()
                            + " endpoint in " + endpoints.description());
                    return;
                }
                work.add(CompletableFuture.runAsync(() -> create(factory, kind, resources, reported), threads));
            });
            CompletableFuture.allOf(work.toArray(new CompletableFuture<?>[0])).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new SetupException("Cannot create the template's resources at " + endpoints.description() + ": "
                    + cause.getMessage(), cause);
        } finally {
            threads.shutdownNow();
        }
        return Map.copyOf(reported);
    }

    private void create(AwsClientFactory factory, StatefulResource.Kind kind, List<StatefulResource> resources,
                        Map<String, PhysicalIds.Provisioned> reported) {
        switch (kind) {
            case TABLE:
                try (DynamoDbClient dynamoDb = DynamoDbClients.build(factory)) {
                    resources.forEach(table -> {
                        if (createTable(dynamoDb, table)) {
                            seed(dynamoDb, table);
                        }
                    });
                }
                break;
            case BUCKET:
                try (S3Client s3 = S3Clients.build(factory)) {
                    resources.forEach(bucket -> {
                        if (createBucket(s3, factory, bucket)) {
                            seed(s3, bucket);
                        }
                    });
                }
                break;
            case TOPIC:
                try (SnsClient sns = SnsClients.build(factory)) {
                    resources.forEach(topic -> reported.put(topic.logicalId(), createTopic(sns, topic)));
                }
                break;
            case QUEUE:
            default:
                try (SqsClient sqs = factory.build(SqsClient.builder(), kind.serviceId())) {
                    resources.forEach(queue -> reported.put(queue.logicalId(), createQueue(sqs, queue)));
                }
                break;
        }
    }

    private void seed(DynamoDbClient dynamoDb, StatefulResource table) {
        seeds.map(inventory -> inventory.resolve("dynamodb")).ifPresent(folder -> {
            int items = TableSeed.load(dynamoDb, folder, table.logicalId(), table.name());
            if (items > 0) {
                notes.println("local-invoke: seeded " + table.logicalId() + " with " + items + " items from " + folder);
            }
        });
    }

    private void seed(S3Client s3, StatefulResource bucket) {
        seeds.map(inventory -> inventory.resolve("s3")).ifPresent(folder -> {
            int objects = BucketSeed.load(s3, folder, bucket.logicalId(), bucket.name());
            if (objects > 0) {
                notes.println("local-invoke: seeded " + bucket.logicalId() + " with " + objects + " objects from "
                        + folder.resolve(bucket.logicalId()));
            }
        });
    }

    /** Creates the table; false when it existed already. */
    private static boolean createTable(DynamoDbClient dynamoDb, StatefulResource table) {
        try {
            dynamoDb.createTable(TableRequests.create(table));
        } catch (ResourceInUseException exists) {
            return false;
        }
        if (dynamoDb.describeTable(r -> r.tableName(table.name())).table().tableStatus() != TableStatus.ACTIVE) {
            dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(table.name()));
        }
        TableRequests.timeToLiveAttribute(table).ifPresent(attribute -> dynamoDb.updateTimeToLive(r -> r
                .tableName(table.name())
                .timeToLiveSpecification(s -> s.attributeName(attribute).enabled(true))));
        return true;
    }

    /** Creates the bucket; false when it existed already. */
    private static boolean createBucket(S3Client s3, AwsClientFactory factory, StatefulResource bucket) {
        CreateBucketRequest.Builder request = CreateBucketRequest.builder().bucket(bucket.name());
        String region = factory.region().id();
        if (!"us-east-1".equals(region)) {
            request.createBucketConfiguration(c -> c.locationConstraint(region));
        }
        try {
            s3.createBucket(request.build());
            return true;
        } catch (BucketAlreadyOwnedByYouException exists) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() != 409) {
                throw e;
            }
            return false;
        }
    }

    private static PhysicalIds.Provisioned createTopic(SnsClient sns, StatefulResource topic) {
        String arn = sns.createTopic(r -> {
            r.name(topic.name());
            if (topic.isTrue("FifoTopic")) {
                r.attributes(Map.of("FifoTopic", "true"));
            }
        }).topicArn();
        return new PhysicalIds.Provisioned(arn, Map.of("TopicArn", arn, "TopicName", topic.name()));
    }

    private static PhysicalIds.Provisioned createQueue(SqsClient sqs, StatefulResource queue) {
        String url = sqs.createQueue(r -> {
            r.queueName(queue.name());
            if (queue.isTrue("FifoQueue")) {
                r.attributesWithStrings(Map.of("FifoQueue", "true"));
            }
        }).queueUrl();
        String arn = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new PhysicalIds.Provisioned(url, Map.of("QueueUrl", url, "Arn", arn, "QueueName", queue.name()));
    }

    private static String describe(List<StatefulResource> resources) {
        return resources.stream().map(StatefulResource::logicalId).collect(Collectors.joining(", "));
    }
}
