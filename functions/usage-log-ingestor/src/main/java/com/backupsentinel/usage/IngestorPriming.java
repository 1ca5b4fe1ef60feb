package com.backupsentinel.usage;

import com.backupsentinel.shared.json.JsonMaps;
import com.backupsentinel.shared.priming.CannedResponses;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * SnapStart priming of the usage-log ingestor: an SQS batch with one "Object Created" event through parsing, the
 * S3 read, validation and the quarantine of a bad log (S3 copy and delete), the batch response; then the usage
 * report (S3 listing, CSV, upload). Every AWS call is answered by canned responses.
 */
final class IngestorPriming extends HotPathPriming {

    private static final String SAMPLE_BATCH = "{\"Records\":[{\"messageId\":\"priming\",\"receiptHandle\":\"priming\","
            + "\"body\":\"{\\\"version\\\":\\\"0\\\",\\\"id\\\":\\\"priming\\\",\\\"detail-type\\\":\\\"Object Created\\\","
            + "\\\"source\\\":\\\"aws.s3\\\",\\\"account\\\":\\\"123456789012\\\",\\\"time\\\":\\\"2025-10-30T14:30:53Z\\\","
            + "\\\"region\\\":\\\"us-east-1\\\",\\\"resources\\\":[],\\\"detail\\\":{\\\"version\\\":\\\"0\\\","
            + "\\\"bucket\\\":{\\\"name\\\":\\\"priming\\\"},\\\"object\\\":{\\\"key\\\":"
            + "\\\"usage-logs/priming/2025-10-30_143052.json\\\",\\\"size\\\":2,\\\"etag\\\":\\\"priming\\\"},"
            + "\\\"reason\\\":\\\"PutObject\\\"}}\",\"attributes\":{\"ApproximateReceiveCount\":\"1\"},"
            + "\"messageAttributes\":{},\"eventSource\":\"aws:sqs\","
            + "\"eventSourceARN\":\"arn:aws:sqs:us-east-1:123456789012:priming\",\"awsRegion\":\"us-east-1\"}]}";
    private static final String EMPTY_LISTING = "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + "<Name>priming</Name><KeyCount>0</KeyCount><IsTruncated>false</IsTruncated></ListBucketResult>";

    private final UsageLogIngestor ingestor;

    IngestorPriming(UsageLogIngestor ingestor) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
    }

    @Override
    protected CannedResponses responses() {
        return CannedResponses.defaults().with("S3:GetObject", "{}").with("S3:ListObjectsV2", EMPTY_LISTING)
                .with("S3:CopyObject", "<CopyObjectResult><ETag>\"primed\"</ETag></CopyObjectResult>");
    }

    @Override
    protected void prime() throws Exception {
        Map<String, Object> batch = JsonMaps.readObject(new ByteArrayInputStream(
                SAMPLE_BATCH.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> batchResponse = Responses.batch(ingestor.ingest((SqsBatch) Invocations.parse(batch)));
        JsonMaps.write(batchResponse, OutputStream.nullOutputStream());
        Map<String, Object> report = Responses.report(ingestor.report((ReportRequest) Invocations.parse(
                Map.of("action", "report"))));
        JsonMaps.write(report, OutputStream.nullOutputStream());
    }
}
