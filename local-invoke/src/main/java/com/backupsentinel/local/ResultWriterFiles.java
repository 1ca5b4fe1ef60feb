package com.backupsentinel.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writes a Map Run's results the way a Distributed Map's ResultWriter does (Transformation NONE, OutputType JSON):
 * under {@code <Prefix>/<map run id>/}, the child executions grouped by status into {@code SUCCEEDED_n.json} and
 * {@code FAILED_n.json} (JSON arrays of ExecutionArn, Input, InputDetails, Name, Output or Error and Cause,
 * OutputDetails, Redrive fields, StartDate, StateMachineArn, Status, StopDate), then {@code manifest.json}
 * (DestinationBucket, MapRunArn, ResultFiles by status, each file's Key and Size).
 */
final class ResultWriterFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultWriterFiles() {
    }

    /** Writes every file; returns the manifest's key. {@code perFile} bounds how many executions one file holds. */
    static String write(S3Client s3, String bucket, String prefix, String mapRunArn, String stateMachineArn,
                        List<ChildExecution> children, int perFile) {
        String mapRunId = mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1);
        String folder = (prefix.endsWith("/") ? prefix : prefix + "/") + mapRunId + "/";
        Map<String, List<ChildExecution>> byStatus = new LinkedHashMap<>();
        byStatus.put("FAILED", new ArrayList<>());
        byStatus.put("PENDING", new ArrayList<>());
        byStatus.put("SUCCEEDED", new ArrayList<>());
        children.forEach(child -> byStatus.computeIfAbsent(child.status(), s -> new ArrayList<>()).add(child));
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("DestinationBucket", bucket);
        manifest.put("MapRunArn", mapRunArn);
        ObjectNode files = manifest.putObject("ResultFiles");
        byStatus.forEach((status, executions) -> {
            ArrayNode list = files.putArray(status);
            for (int start = 0, n = 0; start < executions.size(); start += perFile, n++) {
                ArrayNode body = JSON.createArrayNode();
                executions.subList(start, Math.min(executions.size(), start + perFile))
                        .forEach(child -> body.add(record(child, stateMachineArn, mapRunId)));
                byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
                String key = folder + status + "_" + n + ".json";
                s3.putObject(r -> r.bucket(bucket).key(key).contentType("application/json"), RequestBody.fromBytes(bytes));
                list.addObject().put("Key", key).put("Size", bytes.length);
            }
        });
        String key = folder + "manifest.json";
        s3.putObject(r -> r.bucket(bucket).key(key).contentType("application/json"),
                RequestBody.fromString(manifest.toString()));
        return key;
    }

    private static ObjectNode record(ChildExecution child, String stateMachineArn, String mapRunId) {
        ObjectNode node = JSON.createObjectNode();
        String machineName = stateMachineArn.substring(stateMachineArn.lastIndexOf(':') + 1);
        String arnPrefix = stateMachineArn.substring(0, stateMachineArn.indexOf(":stateMachine:"));
        node.put("ExecutionArn", arnPrefix + ":execution:" + machineName + "/ValidateShards:" + child.name());
        node.put("Input", child.input());
        node.putObject("InputDetails").put("Included", true);
        node.put("Name", child.name());
        child.output().ifPresent(output -> {
            node.put("Output", output);
            node.putObject("OutputDetails").put("Included", true);
        });
        child.error().ifPresent(error -> node.put("Error", error));
        child.cause().ifPresent(cause -> node.put("Cause", cause));
        node.put("RedriveCount", 0);
        node.put("RedriveStatus", child.succeeded() ? "NOT_REDRIVABLE" : "REDRIVABLE");
        if (child.succeeded()) {
            node.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
        }
        node.put("StartDate", child.started().toString());
        node.put("StateMachineArn", stateMachineArn + "/ValidateShards:" + mapRunId);
        node.put("Status", child.status());
        node.put("StopDate", child.stopped().toString());
        return node;
    }
}
