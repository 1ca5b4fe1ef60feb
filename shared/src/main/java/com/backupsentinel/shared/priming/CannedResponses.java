package com.backupsentinel.shared.priming;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What "AWS" answers while priming, by service and operation as the SDK names them ({@code DynamoDb:PutItem}). By
 * default: HTTP 200 with {@code {}} for the JSON protocols (DynamoDB, AWS Backup, Tagging), an empty
 * {@code <OperationResponse>} for SNS (Publish with a message id) and an empty body with an ETag for S3. A function
 * adds answers its hot path needs with {@link #with(String, String)}.
 */
public final class CannedResponses {

    /** One answer. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
    }

    private static final String SNS_NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";
    private static final String PRIMED_ID = "00000000-0000-4000-8000-000000000000";

    private final Map<String, Answer> answers;

    private CannedResponses(Map<String, Answer> answers) {
        this.answers = Map.copyOf(answers);
    }

    public static CannedResponses defaults() {
        return new CannedResponses(Map.of());
    }

    /** These responses, with {@code body} (HTTP 200) as the answer to {@code serviceOperation}. */
    public CannedResponses with(String serviceOperation, String body) {
        Map<String, Answer> more = new HashMap<>(answers);
        more.put(serviceOperation, new Answer(200, Map.of(), body.getBytes(StandardCharsets.UTF_8)));
        return new CannedResponses(more);
    }

    Answer answer(String service, String operation) {
        Answer given = answers.get(service + ":" + operation);
        if (given != null) {
            return given;
        }
        switch (service) {
            case "Sns":
                String result = "Publish".equals(operation) ? "<MessageId>" + PRIMED_ID + "</MessageId>" : "";
                return xml("<" + operation + "Response xmlns=\"" + SNS_NAMESPACE + "\"><" + operation + "Result>"
                        + result + "</" + operation + "Result><ResponseMetadata><RequestId>" + PRIMED_ID
                        + "</RequestId></ResponseMetadata></" + operation + "Response>");
            case "S3":
                return new Answer(200, Map.of("ETag", "\"primed\"", "Content-Type", "application/octet-stream"),
                        new byte[0]);
            default:
                return new Answer(200, Map.of("Content-Type", "application/x-amz-json-1.0"),
                        "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Answer xml(String body) {
        return new Answer(200, Map.of("Content-Type", "text/xml"), body.getBytes(StandardCharsets.UTF_8));
    }
}
