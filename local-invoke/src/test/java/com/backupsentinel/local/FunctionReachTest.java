package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FunctionReachTest {

    private static final String TEMPLATE = String.join("\n",
            "Globals:",
            "  Function:",
            "    Environment: {Variables: {TOPIC: !Ref Topic, BUCKET: !Ref Bucket}}",
            "Resources:",
            "  Topic: {Type: AWS::SNS::Topic}",
            "  Bucket: {Type: AWS::S3::Bucket}",
            "  Table: {Type: AWS::DynamoDB::Table}",
            "  Queue: {Type: AWS::SQS::Queue}",
            "  Notifier:",
            "    Type: AWS::Serverless::Function",
            "    Properties:",
            "      Environment: {Variables: {TABLE: !Ref Table}}",
            "      Policies:",
            "        - SNSPublishMessagePolicy: {TopicName: !GetAtt Topic.TopicName}",
            "        - Statement:",
            "            - {Effect: Allow, Action: [dynamodb:GetItem, kms:Decrypt], Resource: !GetAtt Table.Arn}",
            "            - {Effect: Allow, Action: backup:DescribeBackupJob, Resource: '*'}",
            "            - {Effect: Allow, Action: iam:PassRole, Resource: '*'}",
            "            - {Effect: Deny, Action: 's3:*', Resource: !Sub '${Bucket.Arn}/*'}",
            "      Events:",
            "        Queue: {Type: SQS, Properties: {Queue: !GetAtt Queue.Arn}}",
            "  Managed:",
            "    Type: AWS::Serverless::Function",
            "    Properties: {Policies: [AmazonS3ReadOnlyAccess]}",
            "  Basic:",
            "    Type: AWS::Serverless::Function",
            "    Properties: {}",
            "  Titled:",
            "    Type: AWS::Serverless::Function",
            "    Properties:",
            "      Policies: [{Statement: [{Effect: Allow, Action: iam:ListAccountAliases, Resource: '*'}]}]",
            "  Planner:",
            "    Type: AWS::Serverless::Function",
            "    Properties:",
            "      Policies:",
            "        - Statement: [{Effect: Allow, Action: s3:PutObject, Resource: '*'}]",
            "        - !If [Listing, {Statement: [{Effect: Allow, Action: organizations:ListAccounts, Resource: '*'}]},",
            "            !Ref AWS::NoValue]",
            "  Guessing:",
            "    Type: AWS::Serverless::Function",
            "    Properties:",
            "      Policies: [!If [Listing, AmazonS3ReadOnlyAccess, !Ref AWS::NoValue]]",
            "");

    private final Template template = Template.of(TEMPLATE, Path.of("/project"));

    @Test
    void readsServicesFromPoliciesAndResourcesFromReferencesOutsideEvents() {
        FunctionReach reach = FunctionReach.of(template, "Notifier");

        assertThat(reach.services()).containsExactlyInAnyOrder("SNS", "DYNAMODB", "BACKUP");
        assertThat(reach.resources()).containsExactlyInAnyOrder("Topic", "Bucket", "Table");
    }

    @Test
    void reachesIamForItsApiCallsButNotForPassRole() {
        assertThat(FunctionReach.of(template, "Titled").services()).containsExactly("IAM");
    }

    @Test
    void countsPoliciesItCannotReadAsEveryService() {
        assertThat(FunctionReach.of(template, "Managed").services()).isEqualTo(FunctionReach.EMULATED);
    }

    @Test
    void aConditionalPolicyReachesWhatEitherBranchAllows() {
        assertThat(FunctionReach.of(template, "Planner").services()).containsExactlyInAnyOrder("S3", "ORGANIZATIONS");
        assertThat(FunctionReach.of(template, "Guessing").services()).isEqualTo(FunctionReach.EMULATED);
    }

    @Test
    void givesAFunctionWithoutPoliciesNoService() {
        assertThat(FunctionReach.of(template, "Basic").services()).isEqualTo(Set.of());
    }
}
