package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ObjectCreatedEventsTest {

    private static final String BUCKET = "sentinel-reports";

    static String event(String detailType, String source, String bucket, String objectJson) {
        return "{\"version\":\"0\",\"id\":\"17793124-05d4-b198-2fde-7ededc63b103\",\"detail-type\":\"" + detailType
                + "\",\"source\":\"" + source + "\",\"account\":\"111122223333\",\"time\":\"2025-10-30T14:30:53Z\","
                + "\"region\":\"us-east-1\",\"resources\":[\"arn:aws:s3:::" + bucket + "\"],\"detail\":{"
                + "\"version\":\"0\",\"bucket\":{\"name\":\"" + bucket + "\"},\"object\":" + objectJson
                + ",\"request-id\":\"N4N7GDK58NMKJ12R\",\"requester\":\"111122223333\",\"reason\":\"PutObject\"}}";
    }

    @Test
    void readsKeySizeAndEtag() {
        String body = event("Object Created", "aws.s3", BUCKET, "{\"key\":\"usage-logs/acme/2025-10-30_143052.json\","
                + "\"size\":312,\"etag\":\"b1946ac92492d2347c6235b4d2611184\",\"version-id\":\"v1\","
                + "\"sequencer\":\"00617F08299329D189\"}");

        IncomingObject object = ObjectCreatedEvents.parse(body, BUCKET);

        assertThat(object).isEqualTo(new IncomingObject("usage-logs/acme/2025-10-30_143052.json",
                OptionalLong.of(312), Optional.of("b1946ac92492d2347c6235b4d2611184")));
    }

    @Test
    void toleratesAnEventWithoutSizeEtagOrVersion() {
        IncomingObject object = ObjectCreatedEvents.parse(event("Object Created", "aws.s3", BUCKET,
                "{\"key\":\"terragrunt/acme/config.yaml\"}"), BUCKET);

        assertThat(object).isEqualTo(new IncomingObject("terragrunt/acme/config.yaml",
                OptionalLong.empty(), Optional.empty()));
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        assertThatThrownBy(() -> ObjectCreatedEvents.parse("hello", BUCKET))
                .isInstanceOf(InvalidEventException.class).hasMessage("the body is not JSON");
    }

    @Test
    void rejectsOtherEventTypes() {
        assertThatThrownBy(() -> ObjectCreatedEvents.parse(event("Object Deleted", "aws.s3", BUCKET, "{\"key\":\"k\"}"),
                BUCKET)).isInstanceOf(InvalidEventException.class).hasMessage("the body is not an EventBridge"
                + " \"Object Created\" event from aws.s3 (detail-type 'Object Deleted', source 'aws.s3')");
    }

    @Test
    void rejectsEventsOfAnotherBucket() {
        assertThatThrownBy(() -> ObjectCreatedEvents.parse(event("Object Created", "aws.s3", "elsewhere",
                "{\"key\":\"usage-logs/acme/x.json\"}"), BUCKET)).isInstanceOf(InvalidEventException.class)
                .hasMessage("the event names bucket 'elsewhere' but this function ingests from 'sentinel-reports'"
                        + " (REPORT_BUCKET)");
    }

    @Test
    void rejectsAnEventWithoutAKey() {
        assertThatThrownBy(() -> ObjectCreatedEvents.parse(event("Object Created", "aws.s3", BUCKET, "{}"), BUCKET))
                .isInstanceOf(InvalidEventException.class).hasMessage("the event has no detail.object.key");
    }

    @Test
    void rejectsDirectS3Notifications() {
        assertThatThrownBy(() -> ObjectCreatedEvents.parse("{\"Records\":[{\"eventSource\":\"aws:s3\"}]}", BUCKET))
                .isInstanceOf(InvalidEventException.class).hasMessage("the body is an S3 event notification"
                        + " (Records); this queue expects EventBridge \"Object Created\" events");
    }

    @Test
    void unquotesEtags() {
        assertThat(ObjectCreatedEvents.unquote("\"abc\"")).isEqualTo("abc");
        assertThat(ObjectCreatedEvents.unquote("abc")).isEqualTo("abc");
    }
}
