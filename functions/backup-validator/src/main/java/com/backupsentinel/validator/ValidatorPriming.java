package com.backupsentinel.validator;

import com.backupsentinel.shared.json.JsonMaps;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;

/**
 * SnapStart priming of the validator: the scheduled validation over an empty AWS Backup estate (every List*, Get*
 * and Describe* answered empty), so the inventory readers, all ten controls, the JSON, CSV and HTML reports, their S3
 * uploads, the digest published to SNS, the audit write and the response run once before the snapshot.
 */
final class ValidatorPriming extends HotPathPriming {

    private final ValidationService service;

    ValidatorPriming(ValidationService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    protected void prime() throws Exception {
        ValidationRequest request = ValidationRequestParser.parse(Map.of("send_full_report", true));
        ValidationOutcome outcome = service.validate(request,
                Invocation.of("arn:aws:lambda:us-east-1:123456789012:function:priming", "priming"),
                TimeBudget.deadline(60_000));
        JsonMaps.write(ValidationResponse.of(outcome, true), OutputStream.nullOutputStream());
    }
}
