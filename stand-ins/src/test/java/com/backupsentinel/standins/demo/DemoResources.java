package com.backupsentinel.standins.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo account's resources in us-west-2: 42 selected by a plan, 5 tagged resources no plan selects. */
final class DemoResources {

    private static final long GIB = 1024L * 1024 * 1024;
    private static final String PREFIX = "arn:aws:";

    private final DemoIds ids;
    private final List<Demo.Resource> all = new ArrayList<>();

    private DemoResources(DemoIds ids) {
        this.ids = ids;
    }

    static List<Demo.Resource> create(DemoIds ids) {
        DemoResources resources = new DemoResources(ids);
        resources.environment("production", List.of("oms", "user", "billing", "inventory", "analytics", "reporting"),
                List.of("etcd-0", "etcd-1", "etcd-2", "kafka-0", "kafka-1", "kafka-2", "prometheus-0", "elasticsearch-0",
                        "elasticsearch-1", "elasticsearch-2", "cassandra-0", "cassandra-1", "cassandra-2", "redis-0"),
                List.of("shared", "media"), List.of("sessions", "orders", "audit"), List.of("assets", "exports"));
        resources.environment("staging", List.of("oms", "user", "billing"),
                List.of("etcd-0", "kafka-0", "kafka-1", "prometheus-0", "elasticsearch-0", "cassandra-0", "redis-0"),
                List.of("shared"), List.of("sessions", "orders", "audit"), List.of("assets"));
        resources.unselected();
        return List.copyOf(resources.all);
    }

    private void environment(String env, List<String> databases, List<String> volumes, List<String> fileSystems,
                             List<String> tables, List<String> buckets) {
        for (String db : databases) {
            String name = "arrakis-" + db + "-" + env;
            rds(name, tags(env, name, null, null), 8 + ids.between(0, 20));
        }
        for (String volume : volumes) {
            String name = "arrakis-" + env + "-" + volume;
            ebs(name, tags(env, name, "arrakis-" + env, null));
        }
        for (String fs : fileSystems) {
            String name = "arrakis-" + fs + "-" + env;
            add(PREFIX + "elasticfilesystem:" + Demo.PRIMARY + ":" + Demo.ACCOUNT + ":file-system/fs-0" + ids.hex(16), "EFS", name,
                    tags(env, name, null, null), (long) ids.between(2, 60) * GIB, 20 + ids.between(0, 25));
        }
        for (String table : tables) {
            String name = "arrakis-" + table + "-" + env;
            add(PREFIX + "dynamodb:" + Demo.PRIMARY + ":" + Demo.ACCOUNT + ":table/" + name, "DynamoDB", name,
                    tags(env, name, null, null), (long) ids.between(1, 40) * 64 * 1024 * 1024, 3 + ids.between(0, 6));
        }
        for (String bucket : buckets) {
            String name = "arrakis-" + bucket + "-" + env;
            add(PREFIX + "s3:::" + name, "S3", name, tags(env, name, null, null), (long) ids.between(5, 300) * GIB,
                    10 + ids.between(0, 20));
        }
    }

    /** Tagged resources that no backup plan selects (coverage findings, and one deliberate exclusion). */
    private void unselected() {
        rds("arrakis-legacy-production", tags("production", "arrakis-legacy-production", null, null), 15);
        ebs("arrakis-production-bastion-root", tags("production", "arrakis-production-bastion-root", null, null));
        add(PREFIX + "s3:::arrakis-logs-production", "S3", "arrakis-logs-production",
                tags("production", "arrakis-logs-production", null, null), 800 * GIB, 25);
        ebs("arrakis-staging-scratch-0", tags("staging", "arrakis-staging-scratch-0", "arrakis-staging", "temporary"));
        add(PREFIX + "dynamodb:" + Demo.PRIMARY + ":" + Demo.ACCOUNT + ":table/arrakis-experiments-development", "DynamoDB",
                "arrakis-experiments-development", tags("development", "arrakis-experiments-development", null, null),
                256L * 1024 * 1024, 4);
    }

    private void rds(String name, Map<String, String> tags, int minutes) {
        add(PREFIX + "rds:" + Demo.PRIMARY + ":" + Demo.ACCOUNT + ":db:" + name, "RDS", name, tags, 0, minutes);
    }

    private void ebs(String name, Map<String, String> tags) {
        add(PREFIX + "ec2:" + Demo.PRIMARY + ":" + Demo.ACCOUNT + ":volume/vol-0" + ids.hex(16), "EBS", name, tags,
                (long) (50 * ids.between(1, 10)) * GIB, 5 + ids.between(0, 30));
    }

    private void add(String arn, String type, String name, Map<String, String> tags, long size, int minutes) {
        all.add(new Demo.Resource(arn, type, name, tags, size, minutes));
    }

    private static Map<String, String> tags(String env, String name, String cluster, String volumeType) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Environment", env);
        tags.put("Project", "arrakis");
        tags.put("Name", name);
        if (cluster != null) {
            tags.put("KubernetesCluster", cluster);
        }
        if (volumeType != null) {
            tags.put("VolumeType", volumeType);
        }
        return tags;
    }
}
